package eu.lac.alliance.persistence.actionitem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.actionitem.ItemPage;
import eu.lac.alliance.domain.actionitem.ItemPageReadModel;
import eu.lac.alliance.persistence.progress.UpdateRows;

/**
 * The item page in nine statements, whatever the length of its history: no entity walks.
 * "At the summit" is what had been reported by the end of the summit's last day (UTC):
 * the latest update dated on or before that day whose validation was recorded by then, so
 * the figure never changes afterwards.
 */
@Repository
class JdbcItemPageReadModel implements ItemPageReadModel {

	private static final String SUMMIT = "(select end_date from milestone where code = 'EU_CELAC_SUMMIT_2025')";

	private final JdbcClient jdbc;

	JdbcItemPageReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ItemPage> page(long itemId, String viewerCountry) {
		Optional<Head> head = jdbc
			.sql("""
					select i.id, i.code, i.title, i.description, i.category, i.state,
					       exists (with recursive up (id, parent_id, openness) as (
					                   select id, parent_id, openness from action_item where id = :id
					                   union all
					                   select a.id, a.parent_id, a.openness from action_item a join up on a.id = up.parent_id)
					               select 1 from up where openness = 'OPEN_TO_MEMBERS') as open_here_or_above,
					       d.id as dialogue_id, d.title as dialogue_title, pa.name as area, i.deadline_date, i.deadline_text,
					       s.id as source_id, s.file_name, i.first_line, i.last_line,
					       p.status, p.percent, p.reported_units, p.units,
					       par.id as parent_id, par.code as parent_code, par.title as parent_title,
					       m.name as summit_name, m.end_date as summit_end,
					       exists (select 1 from alliance_membership where country_code = :viewer) as member,
					       exists (select 1 from item_participant where action_item_id = :id
					               and country_code = :viewer) as takes_part
					from action_item i
					join dialogue d on d.id = i.dialogue_id
					join policy_area pa on pa.id = i.policy_area_id
					left join source_document s on s.id = i.source_document_id
					left join item_progress p on p.action_item_id = i.id
					left join action_item par on par.id = i.parent_id
					left join milestone m on m.code = 'EU_CELAC_SUMMIT_2025'
					where i.id = :id
					""")
			.param("id", itemId)
			.param("viewer", viewerCountry)
			.query((rs, n) -> {
				ItemPage.Item item = new ItemPage.Item(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
						rs.getString("description"), rs.getString("category"), rs.getString("state"),
						rs.getBoolean("open_here_or_above"), rs.getLong("dialogue_id"), rs.getString("dialogue_title"),
						rs.getString("area"), rs.getObject("deadline_date", LocalDate.class),
						rs.getString("deadline_text"), (Long) rs.getObject("source_id"), rs.getString("file_name"),
						(Integer) rs.getObject("first_line"), (Integer) rs.getObject("last_line"),
						rs.getString("status"), (Integer) rs.getObject("percent"),
						(Integer) rs.getObject("reported_units"), (Integer) rs.getObject("units"));
				Long parentId = (Long) rs.getObject("parent_id");
				ItemPage.ItemLink parent = parentId == null ? null
						: new ItemPage.ItemLink(parentId, rs.getString("parent_code"), rs.getString("parent_title"));
				LocalDate summitEnd = rs.getObject("summit_end", LocalDate.class);
				ItemPage.Summit summit = summitEnd == null ? null
						: new ItemPage.Summit(rs.getString("summit_name"), summitEnd);
				ItemPage.ViewerCountry viewer = viewerCountry == null ? null : new ItemPage.ViewerCountry(viewerCountry,
						rs.getBoolean("member"), rs.getBoolean("takes_part"));
				return new Head(item, parent, summit, viewer);
			})
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		List<ItemPage.SubItem> subItems = jdbc.sql("""
				select a.id, a.code, a.title, a.state, p.status, p.percent
				from action_item a left join item_progress p on p.action_item_id = a.id
				where a.parent_id = :id order by a.id
				""")
			.param("id", itemId)
			.query((rs, n) -> new ItemPage.SubItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), (Integer) rs.getObject(6)))
			.list();
		List<ItemPage.Participant> participants = new ArrayList<>(jdbc.sql("""
				select c.code, coalesce(c.name, o.name, g.name) as name, pt.role,
				       coalesce((select array_agg(coalesce(ao.acronym, ao.name) order by pa.position)
				                 from participation_agency pa join organisation ao on ao.id = pa.organisation_id
				                 where pa.participation_id = pt.id), '{}') as agencies,
				       pt.wording
				from participation pt
				left join country c on c.code = pt.country_code
				left join organisation o on o.id = pt.organisation_id
				left join organisation_group g on g.id = pt.party_group_id
				where pt.action_item_id = :id
				order by pt.id
				""")
			.param("id", itemId)
			.query((rs, n) -> new ItemPage.Participant(rs.getString(1), rs.getString(2), rs.getString(3),
					UpdateRows.strings(rs.getArray(4)), rs.getString(5), "NAMED_HERE"))
			.list());
		participants.addAll(jdbc.sql("""
				select ip.country_code, c.name, min(ip.basis)
				from item_participant ip join country c on c.code = ip.country_code
				where ip.action_item_id = :id
				  and ip.country_code not in (select country_code from participation
				                              where action_item_id = :id and country_code is not null)
				group by ip.country_code, c.name
				order by c.name
				""")
			.param("id", itemId)
			.query((rs, n) -> new ItemPage.Participant(rs.getString(1), rs.getString(2), null, List.of(), null,
					rs.getString(3)))
			.list());
		List<ItemPage.FurtherDeadline> deadlines = jdbc
			.sql("select deadline_date, deadline_text from action_item_deadline where action_item_id = :id "
					+ "order by position")
			.param("id", itemId)
			.query((rs, n) -> new ItemPage.FurtherDeadline(rs.getObject(1, LocalDate.class), rs.getString(2)))
			.list();
		List<ItemPage.SourceLine> lines = jdbc.sql("""
				select t.n, t.line
				from action_item i
				join source_document s on s.id = i.source_document_id,
				     string_to_table(s.text, E'\\n') with ordinality as t (line, n)
				where i.id = :id and t.n between i.first_line and i.last_line
				order by t.n
				""")
			.param("id", itemId)
			.query((rs, n) -> new ItemPage.SourceLine(rs.getInt(1), stripReturn(rs.getString(2))))
			.list();
		List<ItemPage.CountryRow> matrix = jdbc.sql("""
				with countries as (
				    select country_code from item_participant where action_item_id = :id
				    union
				    select country_code from progress_update where action_item_id = :id
				)
				select c.code, c.name,
				       exists (select 1 from item_participant ip
				               where ip.action_item_id = :id and ip.country_code = c.code) as takes_part,
				       s.status, s.as_of, summit.status as summit_status, summit.as_of as summit_as_of,
				       (select count(*) from progress_update u
				        where u.action_item_id = :id and u.country_code = c.code
				          and not exists (select 1 from progress_review r where r.progress_update_id = u.id)) as pending
				from countries x
				join country c on c.code = x.country_code
				left join item_country_status s on s.action_item_id = :id and s.country_code = c.code
				left join lateral (
				    select u.status, u.as_of
				    from progress_update u
				    join progress_review r on r.progress_update_id = u.id and r.decision = 'VALIDATED'
				    where u.action_item_id = :id and u.country_code = c.code
				      and u.as_of <= %1$s
				      and r.reviewed_at < ((%1$s + 1)::timestamp at time zone 'UTC')
				    order by u.as_of desc, u.submitted_at desc, u.id desc
				    limit 1
				) summit on true
				order by c.name
				""".formatted(SUMMIT))
			.param("id", itemId)
			.query((rs, n) -> new ItemPage.CountryRow(rs.getString(1), rs.getString(2), rs.getBoolean(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getObject(7, LocalDate.class), rs.getInt(8)))
			.list();
		Map<Long, List<ItemPage.Comment>> comments = new HashMap<>();
		jdbc.sql("""
				select m.progress_update_id, m.author, m.body, m.written_at
				from progress_comment m join progress_update u on u.id = m.progress_update_id
				where u.action_item_id = :id
				order by m.written_at, m.id
				""").param("id", itemId).query(rs -> {
			comments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new ItemPage.Comment(rs.getString(2), rs.getString(3), UpdateRows.instant(rs, "written_at")));
		});
		List<ItemPage.Update> history = jdbc
			.sql("select " + UpdateRows.COLUMNS + " from progress_update u " + UpdateRows.JOINS
					+ " where u.action_item_id = :id order by u.submitted_at desc, u.id desc")
			.param("id", itemId)
			.query((rs, n) -> UpdateRows.read(rs, comments))
			.list();
		Head h = head.get();
		return Optional.of(new ItemPage(h.item(), h.parent(), subItems, participants, deadlines, lines, h.summit(),
				matrix, history, h.viewer()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ItemPage.Update> updatesSince(long itemId, String countryCode, long seenId) {
		return jdbc
			.sql("select " + UpdateRows.COLUMNS + " from progress_update u " + UpdateRows.JOINS
					+ " where u.action_item_id = :id and u.country_code = :country and u.id > :seen"
					+ " order by u.id desc")
			.param("id", itemId)
			.param("country", countryCode)
			.param("seen", seenId)
			.query((rs, n) -> UpdateRows.read(rs, Map.of()))
			.list();
	}

	private static String stripReturn(String line) {
		return line != null && line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	private record Head(ItemPage.Item item, ItemPage.ItemLink parent, ItemPage.Summit summit,
			ItemPage.ViewerCountry viewer) {
	}

}
