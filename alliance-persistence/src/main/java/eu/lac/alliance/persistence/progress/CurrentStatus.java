package eu.lac.alliance.persistence.progress;

import java.sql.Array;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.CurrentStatusTables;
import eu.lac.alliance.domain.progress.ProgressRollup;
import eu.lac.alliance.domain.progress.ProgressRollup.TreeItem;
import eu.lac.alliance.domain.progress.ReportedProgress;

/**
 * Keeps V8's {@code item_country_status} and {@code item_progress} in step with the
 * progress log, so that pages read a status instead of recomputing it from the log. The
 * latest validated update is picked in SQL (the log's order); the roll-up is
 * {@link ProgressRollup}, the one rule, run in Java over a whole item tree read in three
 * statements (or over every item for {@link #rebuildAll()}).
 *
 * <p>
 * Concurrency: a change locks the root item of its tree ({@code for no key update}, which
 * still lets others log updates against it), so two validations on one tree roll up one
 * after the other and the second sees the first's committed status row.
 */
@Component
public class CurrentStatus implements CurrentStatusTables {

	/** The latest validated update per item and country, in the log's order. */
	private static final String LATEST_VALIDATED = """
			insert into item_country_status
			    (action_item_id, country_code, status, as_of, progress_update_id, validated_at)
			select distinct on (u.action_item_id, u.country_code)
			       u.action_item_id, u.country_code, u.status, u.as_of, u.id, r.reviewed_at
			from progress_update u
			join progress_review r on r.progress_update_id = u.id and r.decision = 'VALIDATED'
			%s
			order by u.action_item_id, u.country_code, u.as_of desc, u.submitted_at desc, u.id desc
			""";

	private static final String ROOT_OF = """
			with recursive up (id, parent_id) as (
			    select id, parent_id from action_item where id = :item
			    union all
			    select a.id, a.parent_id from action_item a join up on a.id = up.parent_id
			)
			select id from up where parent_id is null
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final EntityManager entityManager;

	CurrentStatus(JdbcClient jdbc, JdbcTemplate jdbcTemplate, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void countryStatusChanged(long itemId, String countryCode) {
		long root = lockTreeOf(itemId);
		jdbc.sql("delete from item_country_status where action_item_id = :item and country_code = :country")
			.param("item", itemId)
			.param("country", countryCode)
			.update();
		jdbc.sql(LATEST_VALIDATED.formatted("where u.action_item_id = :item and u.country_code = :country"))
			.param("item", itemId)
			.param("country", countryCode)
			.update();
		rollUpTree(root);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void participantsChanged(long itemId) {
		rollUpTree(lockTreeOf(itemId));
	}

	@Override
	@Transactional
	public void rebuildAll() {
		entityManager.flush();
		jdbc.sql("lock table item_country_status, item_progress in share row exclusive mode").update();
		jdbc.sql("delete from item_country_status").update();
		jdbc.sql(LATEST_VALIDATED.formatted("")).update();
		List<TreeItem> items = jdbc.sql("select id, parent_id, state from action_item")
			.query((rs, i) -> new TreeItem(rs.getLong(1), (Long) rs.getObject(2), "ACTIVE".equals(rs.getString(3))))
			.list();
		List<Unit> participants = jdbc.sql("select distinct action_item_id, country_code from item_participant")
			.query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2)))
			.list();
		List<CountryStatus> statuses = jdbc.sql("select action_item_id, country_code, status from item_country_status")
			.query((rs, i) -> new CountryStatus(rs.getLong(1), rs.getString(2),
					CompletionStatus.valueOf(rs.getString(3))))
			.list();
		jdbc.sql("delete from item_progress").update();
		write(rollUp(items, participants, statuses));
	}

	/** Flushes pending JPA writes (a review, a joining), then locks the tree's root. */
	private long lockTreeOf(long itemId) {
		entityManager.flush();
		return jdbc.sql("select id from action_item where id = (" + ROOT_OF + ") for no key update")
			.param("item", itemId)
			.query(Long.class)
			.optional()
			.orElseThrow(
					() -> new IllegalArgumentException("expected an action item but found none with id " + itemId));
	}

	private void rollUpTree(long root) {
		List<TreeItem> items = jdbc.sql("""
				with recursive tree (id, parent_id, state) as (
				    select id, parent_id, state from action_item where id = :root
				    union all
				    select a.id, a.parent_id, a.state from action_item a join tree on a.parent_id = tree.id
				)
				select id, parent_id, state from tree
				""")
			.param("root", root)
			.query((rs, i) -> new TreeItem(rs.getLong(1), (Long) rs.getObject(2), "ACTIVE".equals(rs.getString(3))))
			.list();
		List<Long> ids = items.stream().map(TreeItem::id).toList();
		List<Unit> participants = jdbc
			.sql("select distinct action_item_id, country_code from item_participant where action_item_id in (:ids)")
			.param("ids", ids)
			.query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2)))
			.list();
		List<CountryStatus> statuses = jdbc
			.sql("select action_item_id, country_code, status from item_country_status where action_item_id in (:ids)")
			.param("ids", ids)
			.query((rs, i) -> new CountryStatus(rs.getLong(1), rs.getString(2),
					CompletionStatus.valueOf(rs.getString(3))))
			.list();
		jdbc.sql("delete from item_progress where action_item_id in (:ids)").param("ids", ids).update();
		write(rollUp(items, participants, statuses));
	}

	/** Each item's roll-up through the domain's one tree walk. */
	static Map<Long, ReportedProgress> rollUp(List<TreeItem> items, List<Unit> participants,
			List<CountryStatus> statuses) {
		Map<Long, List<String>> countries = new HashMap<>();
		participants.forEach(p -> countries.computeIfAbsent(p.itemId(), k -> new ArrayList<>()).add(p.countryCode()));
		Map<Long, Map<String, CompletionStatus>> reported = new HashMap<>();
		statuses
			.forEach(s -> reported.computeIfAbsent(s.itemId(), k -> new HashMap<>()).put(s.countryCode(), s.status()));
		return ProgressRollup.ofTrees(items, countries, reported);
	}

	/** All roll-ups in one statement, whatever their number. */
	private void write(Map<Long, ReportedProgress> progress) {
		if (progress.isEmpty()) {
			return;
		}
		int n = progress.size();
		Long[] ids = new Long[n];
		String[] statuses = new String[n];
		Integer[] percents = new Integer[n];
		Integer[] reportedUnits = new Integer[n];
		Integer[] units = new Integer[n];
		int i = 0;
		for (Map.Entry<Long, ReportedProgress> entry : progress.entrySet()) {
			ids[i] = entry.getKey();
			statuses[i] = entry.getValue().progress().status().name();
			percents[i] = entry.getValue().progress().percent();
			reportedUnits[i] = entry.getValue().reportedUnits();
			units[i] = entry.getValue().units();
			i++;
		}
		jdbcTemplate.execute((ConnectionCallback<Integer>) connection -> {
			Array[] arrays = { array(connection, "bigint", ids), array(connection, "varchar", statuses),
					array(connection, "integer", percents), array(connection, "integer", reportedUnits),
					array(connection, "integer", units) };
			return jdbcTemplate.update("""
					insert into item_progress (action_item_id, status, percent, reported_units, units)
					select * from unnest(?::bigint[], ?::varchar[], ?::integer[], ?::integer[], ?::integer[])
					""", (Object[]) arrays);
		});
	}

	private static Array array(Connection connection, String type, Object[] values) throws java.sql.SQLException {
		return connection.createArrayOf(type, values);
	}

	/** An item of a tree: its parent, and whether a revised document kept it. */
	/** A country taking part in an item. */
	record Unit(long itemId, String countryCode) {
	}

	/** An item's and country's current validated status. */
	record CountryStatus(long itemId, String countryCode, CompletionStatus status) {
	}

}
