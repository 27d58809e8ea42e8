package eu.lac.alliance.persistence.organisation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.organisation.OrganisationReadModel;
import eu.lac.alliance.persistence.readmodel.Rows;

/**
 * {@link OrganisationReadModel} in three statements: the organisation, its co-lead lines
 * (itself or through a group it belongs to), and the items it is named on.
 */
@Repository
class JdbcOrganisationReadModel implements OrganisationReadModel {

	private final JdbcClient jdbc;

	JdbcOrganisationReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationPage> organisation(long id) {
		record Head(String name, String acronym, OrganisationKind kind, String countryCode, String countryName) {
		}
		Optional<Head> head = jdbc.sql("""
				select o.name, o.acronym, o.kind, o.country_code, c.name as country_name
				from organisation o left join country c on c.code = o.country_code where o.id = :id
				""")
			.param("id", id)
			.query((rs, i) -> new Head(rs.getString("name"), rs.getString("acronym"),
					OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country_code"),
					rs.getString("country_name")))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		var coLeads = jdbc
			.sql(Rows.CO_LEAD_LINES.formatted("(x.organisation_id = :id or x.party_group_id in "
					+ "(select group_id from organisation_group_member where organisation_id = :id))"))
			.param("id", id)
			.query((rs, i) -> Rows.coLeadLine(rs))
			.list();
		var items = jdbc.sql("""
				select i.id, i.code, i.title, i.dialogue_id, d.title as dialogue_title, x.role, x.through, x.for_whom,
				       p.status as item_status, p.percent as item_percent
				from (
				    select pt.action_item_id, pt.role, 'ITSELF' as through, null as for_whom, pt.id as ord
				    from participation pt where pt.organisation_id = :id
				    union all
				    select pt.action_item_id, pt.role, 'AGENCY', coalesce(c.name, o.name, g.name), pt.id
				    from participation_agency ag
				    join participation pt on pt.id = ag.participation_id
				    left join country c on c.code = pt.country_code
				    left join organisation o on o.id = pt.organisation_id
				    left join organisation_group g on g.id = pt.party_group_id
				    where ag.organisation_id = :id
				    union all
				    select pt.action_item_id, pt.role, 'GROUP', g.name, pt.id
				    from participation pt
				    join organisation_group g on g.id = pt.party_group_id
				    join organisation_group_member gm on gm.group_id = g.id
				    where gm.organisation_id = :id
				) x
				join action_item i on i.id = x.action_item_id
				join dialogue d on d.id = i.dialogue_id
				left join item_progress p on p.action_item_id = i.id
				where i.state = 'ACTIVE'
				order by d.start_date nulls first, i.dialogue_id, i.id, x.ord
				""")
			.param("id", id)
			.query((rs, i) -> new OrganisationItem(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					rs.getLong("dialogue_id"), rs.getString("dialogue_title"),
					ParticipantRole.valueOf(rs.getString("role")), Through.valueOf(rs.getString("through")),
					rs.getString("for_whom"), Rows.rolledUp(rs, "item_status", "item_percent")))
			.list();
		Head found = head.get();
		return Optional.of(new OrganisationPage(id, found.name(), found.acronym(), found.kind(), found.countryCode(),
				found.countryName(), coLeads, items));
	}

}
