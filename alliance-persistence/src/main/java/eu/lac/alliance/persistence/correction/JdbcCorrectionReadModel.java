package eu.lac.alliance.persistence.correction;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.correction.CorrectionReadModel;
import eu.lac.alliance.persistence.readmodel.Rows;

/**
 * The correction forms' data in plain SQL: an item in two statements (the item, its
 * participants with their agencies), the item form's choices in three, whatever the
 * number of items, parties and edits.
 */
@Repository
class JdbcCorrectionReadModel implements CorrectionReadModel {

	private final JdbcClient jdbc;

	JdbcCorrectionReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ItemValues> item(long itemId) {
		List<ParticipantValues> participants = jdbc.sql("""
				select p.country_code, p.organisation_id, p.party_group_id, p.role,
				       coalesce(array_agg(coalesce(o.acronym, o.name) order by pa.position)
				                filter (where o.id is not null), '{}') as agencies
				from participation p
				left join participation_agency pa on pa.participation_id = p.id
				left join organisation o on o.id = pa.organisation_id
				where p.action_item_id = :id
				group by p.id order by p.id
				""")
			.param("id", itemId)
			.query((rs, i) -> new ParticipantValues(rs.getString(1), Rows.nullableLong(rs, "organisation_id"),
					Rows.nullableLong(rs, "party_group_id"), rs.getString(4),
					List.of((String[]) rs.getArray(5).getArray())))
			.list();
		return jdbc.sql("""
				select i.id, i.dialogue_id, d.title as dialogue_title, i.code, i.title, i.description, i.parent_id,
				       i.category, i.policy_area_id, i.deadline_date, i.deadline_text
				from action_item i join dialogue d on d.id = i.dialogue_id where i.id = :id
				""")
			.param("id", itemId)
			.query((rs, i) -> new ItemValues(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), Rows.nullableLong(rs, "parent_id"), rs.getString(8),
					rs.getLong(9), rs.getObject(10, java.time.LocalDate.class), rs.getString(11), participants))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DialogueValues> dialogue(long dialogueId) {
		List<CoChairValues> coChairs = jdbc.sql("""
				select country_code, organisation_id, person from dialogue_co_chair
				where dialogue_id = :id and party_group_id is null order by id
				""")
			.param("id", dialogueId)
			.query((rs, i) -> new CoChairValues(rs.getString(1), Rows.nullableLong(rs, "organisation_id"),
					rs.getString(3)))
			.list();
		return jdbc.sql("""
				select id, title, kind, start_date, start_precision, end_date, end_precision, city, host_country_code
				from dialogue where id = :id
				""")
			.param("id", dialogueId)
			.query((rs, i) -> new DialogueValues(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, java.time.LocalDate.class), rs.getString(5),
					rs.getObject(6, java.time.LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
					coChairs))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationValues> organisation(long organisationId) {
		return jdbc.sql("""
				select o.id, o.name, o.acronym, o.kind, o.country_code,
				       coalesce(array_agg(a.alias order by a.alias) filter (where a.alias is not null), '{}')
				from organisation o left join organisation_alias a on a.organisation_id = o.id
				where o.id = :id group by o.id
				""")
			.param("id", organisationId)
			.query((rs, i) -> new OrganisationValues(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), List.of((String[]) rs.getArray(6).getArray())))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public ItemChoices itemChoices(long dialogueId, long itemId) {
		List<Option> areas = jdbc.sql("select id, name from policy_area order by name")
			.query((rs, i) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
			.list();
		List<Option> parents = jdbc.sql("""
				select id, code, title from action_item where dialogue_id = :dialogue and id <> :item
				order by code, id
				""")
			.param("dialogue", dialogueId)
			.param("item", itemId)
			.query((rs, i) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2) + " " + rs.getString(3)))
			.list();
		List<PartyOption> parties = jdbc.sql("""
				select kind, country_code, organisation_id, group_id, label from (
				    select 1 as kind, code as country_code, null::bigint as organisation_id, null::bigint as group_id,
				           name as label from country
				    union all
				    select 2, null, id, null,
				           name || case when acronym is not null then ' (' || acronym || ')' else '' end
				               || case when country_code is not null then ' · ' || country_code else '' end
				    from organisation
				    union all
				    select 3, null, null, id, name from organisation_group
				) parties order by kind, lower(label)
				""")
			.query((rs, i) -> new PartyOption(rs.getString(2), Rows.nullableLong(rs, "organisation_id"),
					Rows.nullableLong(rs, "group_id"), rs.getString(5)))
			.list();
		return new ItemChoices(areas, parents, parties);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Option> countries() {
		return jdbc.sql("select code, name from country order by name")
			.query((rs, i) -> new Option(rs.getString(1), rs.getString(2)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Option> organisations() {
		return jdbc.sql("""
				select id, name || case when country_code is not null then ' · ' || country_code else '' end
				from organisation order by lower(name), id
				""").query((rs, i) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2))).list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Edit> edits(String subjectType, long subjectId) {
		return jdbc.sql("""
				select field, corrected_by as by, corrected_at as at from hand_correction
				where subject_type = :type and subject_id = :id
				union all
				select null, actor, occurred_at from audit_event
				where kind in ('ITEM_ADDED', 'DIALOGUE_ADDED') and subject_type = :type and subject_id = :id
				order by at desc, field
				""")
			.param("type", subjectType)
			.param("id", subjectId)
			.query((rs, i) -> new Edit(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

}
