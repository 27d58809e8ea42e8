package eu.lac.alliance.persistence.generator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.progress.CurrentStatusTables;

/**
 * Multiplies what the seeds imported into a database many times its size, with a progress
 * history, so that statement counts and the benchmark see the portal at the scale the
 * issue measures (50 times the seeds, about 20 updates per item over 2024-2026).
 * Set-based SQL, a few statements whatever the size; deterministic: new ids are drawn in
 * a fixed order and every "random" choice is a hash of the seed and the row's keys, never
 * {@code random()}.
 */
@Component
public class SyntheticData {

	/** Ends every generated dialogue's title; also how a second run sees the first. */
	public static final String COPY_MARK = " (synthetic copy ";

	/** Updates generated per item over 2024-2026. */
	public static final int UPDATES_PER_ITEM = 20;

	private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);

	private final JdbcClient jdbc;

	private final CurrentStatusTables currentStatus;

	public SyntheticData(JdbcClient jdbc, CurrentStatusTables currentStatus) {
		this.jdbc = jdbc;
		this.currentStatus = currentStatus;
	}

	/** What a generation stored, counted in the database afterwards. */
	public record Generated(long dialogues, long actionItems, long participations, long coLeads, long joinings,
			long progressUpdates, long validated, long pending, long returned, long currentStatuses,
			long itemsWithProgress) {
	}

	/**
	 * Copies every dialogue and what hangs on it {@code times - 1} times (so the database
	 * holds {@code times} times the seeds), then writes about {@link #UPDATES_PER_ITEM}
	 * progress updates per active item with their reviews. Does nothing on a database
	 * that already holds generated data. The current-status tables are not touched: the
	 * caller rebuilds them through the progress feature's own roll-up.
	 * @param times how many times the seeds the database should hold (50 in the issue)
	 * @param seed the seed of every choice; the same seed on the same seeds gives the
	 * same rows
	 * @return what the database holds afterwards
	 */
	@Transactional
	public Generated generate(int times, long seed) {
		if (times < 1) {
			throw new IllegalArgumentException("times must be at least 1, was " + times);
		}
		if (alreadyGenerated()) {
			log.info("Synthetic data already present: nothing generated");
			return counts();
		}
		long started = System.nanoTime();
		copyDialogues(times - 1);
		copyItems();
		joinOpenItems(seed);
		writeProgress(seed);
		currentStatus.rebuildAll();
		Generated generated = counts();
		log.info("Synthetic data ({} times the seeds, seed {}) generated in {} ms: {}", times, seed,
				(System.nanoTime() - started) / 1_000_000, generated);
		return generated;
	}

	/** Whether generated data is present. */
	public boolean alreadyGenerated() {
		return jdbc.sql("select exists (select 1 from dialogue where title like :mark)")
			.param("mark", "%" + COPY_MARK + "%")
			.query(Boolean.class)
			.single();
	}

	private void copyDialogues(int copies) {
		// new ids drawn from each table's own sequence in a fixed order (the sorted
		// subquery is fenced by offset 0), so that the same seeds give the same ids
		sql("""
				create temporary table gen_dialogue on commit drop as
				select old_id, copy, nextval(pg_get_serial_sequence('dialogue', 'id')) as new_id
				from (select d.id as old_id, k.copy from dialogue d cross join generate_series(1, :copies) k(copy)
				      order by k.copy, d.id offset 0) ordered
				""").param("copies", copies).update();
		sql("""
				insert into dialogue (id, title, kind, start_date, start_precision, end_date, end_precision, city,
				                      host_country_code, participant_count, participant_count_qualifier)
				select g.new_id, left(d.title, 460) || :mark || g.copy || ')', d.kind, d.start_date, d.start_precision,
				       d.end_date, d.end_precision, d.city, d.host_country_code, d.participant_count,
				       d.participant_count_qualifier
				from gen_dialogue g join dialogue d on d.id = g.old_id
				""").param("mark", COPY_MARK).update();
		sql("""
				insert into dialogue_source (dialogue_id, source_document_id)
				select g.new_id, s.source_document_id from gen_dialogue g join dialogue_source s on s.dialogue_id = g.old_id
				""")
			.update();
		sql("""
				insert into dialogue_policy_area (dialogue_id, policy_area_id)
				select g.new_id, a.policy_area_id from gen_dialogue g join dialogue_policy_area a on a.dialogue_id = g.old_id
				""")
			.update();
		sql("""
				insert into dialogue_co_chair (dialogue_id, country_code, organisation_id, person, party_group_id)
				select g.new_id, c.country_code, c.organisation_id, c.person, c.party_group_id
				from gen_dialogue g join dialogue_co_chair c on c.dialogue_id = g.old_id order by g.new_id, c.id
				""").update();
		sql("""
				insert into dialogue_theme (dialogue_id, position, name, source_document_id, first_line, last_line)
				select g.new_id, t.position, t.name, t.source_document_id, t.first_line, t.last_line
				from gen_dialogue g join dialogue_theme t on t.dialogue_id = g.old_id order by g.new_id, t.id
				""").update();
		sql("""
				insert into challenge (dialogue_id, policy_area_id, position, text, source_document_id, first_line, last_line)
				select g.new_id, c.policy_area_id, c.position, c.text, c.source_document_id, c.first_line, c.last_line
				from gen_dialogue g join challenge c on c.dialogue_id = g.old_id order by g.new_id, c.id
				""")
			.update();
		sql("""
				insert into co_lead (dialogue_id, policy_area_id, country_code, organisation_id, party_group_id, role, note,
				                     source_document_id, first_line, last_line)
				select g.new_id, c.policy_area_id, c.country_code, c.organisation_id, c.party_group_id, c.role, c.note,
				       c.source_document_id, c.first_line, c.last_line
				from gen_dialogue g join co_lead c on c.dialogue_id = g.old_id order by g.new_id, c.id
				""")
			.update();
		sql("""
				create temporary table gen_objective on commit drop as
				select old_id, copy, new_dialogue_id, nextval(pg_get_serial_sequence('objective', 'id')) as new_id
				from (select o.id as old_id, g.copy, g.new_id as new_dialogue_id
				      from gen_dialogue g join objective o on o.dialogue_id = g.old_id order by g.copy, o.id offset 0) ordered
				""")
			.update();
		sql("""
				insert into objective (id, dialogue_id, policy_area_id, parent_id, scope, code, title, text,
				                       source_document_id, first_line, last_line)
				select m.new_id, m.new_dialogue_id, o.policy_area_id, p.new_id, o.scope, o.code, o.title, o.text,
				       o.source_document_id, o.first_line, o.last_line
				from gen_objective m
				join objective o on o.id = m.old_id
				left join gen_objective p on p.old_id = o.parent_id and p.copy = m.copy
				""").update();
	}

	private void copyItems() {
		sql("""
				create temporary table gen_item on commit drop as
				select old_id, copy, new_dialogue_id, nextval(pg_get_serial_sequence('action_item', 'id')) as new_id
				from (select i.id as old_id, g.copy, g.new_id as new_dialogue_id
				      from gen_dialogue g join action_item i on i.dialogue_id = g.old_id order by g.copy, i.id offset 0) ordered
				""")
			.update();
		// parents before children would need an order; the parent's id is known already,
		// and the foreign key is checked per statement, so one insert does
		sql("""
				insert into action_item (id, dialogue_id, policy_area_id, objective_id, parent_id, code, title, description,
				                         category, deadline_date, deadline_text, state, source_document_id, first_line,
				                         last_line, openness)
				select m.new_id, m.new_dialogue_id, i.policy_area_id, o.new_id, p.new_id, i.code, i.title, i.description,
				       i.category, i.deadline_date, i.deadline_text, i.state, i.source_document_id, i.first_line,
				       i.last_line, i.openness
				from gen_item m
				join action_item i on i.id = m.old_id
				left join gen_objective o on o.old_id = i.objective_id and o.copy = m.copy
				left join gen_item p on p.old_id = i.parent_id and p.copy = m.copy
				order by m.new_id
				""")
			.update();
		sql("""
				insert into action_item_deadline (action_item_id, position, deadline_date, deadline_text)
				select m.new_id, d.position, d.deadline_date, d.deadline_text
				from gen_item m join action_item_deadline d on d.action_item_id = m.old_id
				""").update();
		sql("""
				create temporary table gen_participation on commit drop as
				select old_id, new_item_id, nextval(pg_get_serial_sequence('participation', 'id')) as new_id
				from (select p.id as old_id, m.new_id as new_item_id
				      from gen_item m join participation p on p.action_item_id = m.old_id order by m.copy, p.id offset 0) ordered
				""")
			.update();
		sql("""
				insert into participation (id, action_item_id, country_code, organisation_id, party_group_id, role, wording)
				select m.new_id, m.new_item_id, p.country_code, p.organisation_id, p.party_group_id, p.role, p.wording
				from gen_participation m join participation p on p.id = m.old_id
				""")
			.update();
		sql("""
				insert into participation_agency (participation_id, position, organisation_id)
				select m.new_id, a.position, a.organisation_id
				from gen_participation m join participation_agency a on a.participation_id = m.old_id
				""").update();
		sql("""
				insert into action_item_joining (action_item_id, country_code, joined_by)
				select m.new_id, j.country_code, j.joined_by
				from gen_item m join action_item_joining j on j.action_item_id = m.old_id order by m.new_id, j.id
				""").update();
	}

	private void joinOpenItems(long seed) {
		// about one member in seven joins each active open item that has no open item
		// above it (a country joins the top of an open branch, as ActionItem.join wants)
		sql("""
				insert into action_item_joining (action_item_id, country_code, joined_by)
				select i.id, m.country_code, 'focal-' || lower(m.country_code)
				from action_item i
				cross join alliance_membership m
				where i.state = 'ACTIVE' and i.openness = 'OPEN_TO_MEMBERS'
				  and not exists (select 1 from action_item p where p.id = i.parent_id and p.openness = 'OPEN_TO_MEMBERS')
				  and %s < 0.15
				order by i.id, m.country_code
				on conflict (action_item_id, country_code) do nothing
				"""
			.formatted(chance("'join:' || i.id || ':' || m.country_code"))).param("seed", seed).update();
	}

	private void writeProgress(long seed) {
		// for each active item with a participating country, UPDATES_PER_ITEM updates
		// spread over 2024-01-01 to today, each by one of its countries in turn,
		// statuses rising with time
		sql("""
				create temporary table gen_update on commit drop as
				select nextval(pg_get_serial_sequence('progress_update', 'id')) as id, action_item_id, country_code, n,
				       as_of, status, on_behalf, decision
				from (
				  select p.action_item_id, p.country_code, u.n,
				         least(current_date, date '2024-01-01'
				               + ((u.n - 1) * (current_date - date '2024-01-01') / :updates)
				               + floor(%1$s * 40)::int) as as_of,
				         case when %2$s < 0.02 then 'WITHDRAWN'
				              when u.n + %2$s * 6 < 6 then 'NOT_STARTED'
				              when u.n + %2$s * 6 < 11 then 'LIMITED'
				              when u.n + %2$s * 6 < 19 then 'SUBSTANTIAL'
				              else 'COMPLETE' end as status,
				         %3$s < 0.2 as on_behalf,
				         case when u.n > :updates - 2 and %4$s < 0.5 then null
				              when %4$s > 0.94 then 'RETURNED'
				              else 'VALIDATED' end as decision
				  from generate_series(1, :updates) u(n)
				  join (select action_item_id, country_code,
				               row_number() over (partition by action_item_id order by country_code) - 1 as position,
				               count(*) over (partition by action_item_id) as countries
				        from (select distinct ip.action_item_id, ip.country_code
				              from item_participant ip join action_item i on i.id = ip.action_item_id
				              where i.state = 'ACTIVE') distinct_participants) p
				    on p.position = (u.n - 1) %% p.countries
				  order by p.action_item_id, u.n offset 0) ordered
				""".formatted(chance("'day:' || p.action_item_id || ':' || u.n"),
				chance("'status:' || p.action_item_id || ':' || u.n"),
				chance("'behalf:' || p.action_item_id || ':' || u.n"),
				chance("'review:' || p.action_item_id || ':' || u.n")))
			.param("updates", UPDATES_PER_ITEM)
			.param("seed", seed)
			.update();
		// an update the secretariat logs on a country's behalf counts as validated
		sql("update gen_update set decision = 'VALIDATED' where on_behalf").update();
		sql("""
				insert into progress_update (id, action_item_id, country_code, status, as_of, note, author, on_behalf)
				select id, action_item_id, country_code, status, as_of,
				       'Generated update ' || n || ' of item ' || action_item_id || ' for ' || country_code,
				       case when on_behalf then 'secretariat' else 'focal-' || lower(country_code) end, on_behalf
				from gen_update order by id
				""").update();
		sql("""
				insert into progress_evidence (progress_update_id, position, url)
				select id, 0, 'https://example.org/evidence/' || id from gen_update where id % 3 = 0 order by id
				""").update();
		sql("""
				insert into progress_review (progress_update_id, decision, reviewer, comment)
				select id, decision, 'secretariat',
				       case when decision = 'RETURNED' then 'Please add the evidence for update ' || n end
				from gen_update where decision is not null order by id
				""").update();
		sql("""
				insert into progress_comment (progress_update_id, author, body)
				select id, 'secretariat', 'Could you say which agency leads this?'
				from gen_update where id % 25 = 0 order by id
				""").update();
	}

	private Generated counts() {
		return jdbc.sql("""
				select (select count(*) from dialogue), (select count(*) from action_item),
				       (select count(*) from participation), (select count(*) from co_lead),
				       (select count(*) from action_item_joining), (select count(*) from progress_update),
				       (select count(*) from progress_review where decision = 'VALIDATED'),
				       (select count(*) from progress_update u
				        where not exists (select 1 from progress_review r where r.progress_update_id = u.id)),
				       (select count(*) from progress_review where decision = 'RETURNED'),
				       (select count(*) from item_country_status), (select count(*) from item_progress)
				""")
			.query((rs, i) -> new Generated(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)))
			.single();
	}

	/**
	 * A number in [0, 1) fixed by the seed and {@code key} (an SQL text expression): the
	 * same on every run, whatever order the rows come in.
	 */
	private static String chance(String key) {
		return "((hashtextextended(" + key + ", :seed) % 1000000 + 1000000) % 1000000 / 1000000.0)";
	}

	private JdbcClient.StatementSpec sql(String sql) {
		return jdbc.sql(sql);
	}

}
