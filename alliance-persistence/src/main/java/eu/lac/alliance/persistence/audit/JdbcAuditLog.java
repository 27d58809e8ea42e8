package eu.lac.alliance.persistence.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.audit.AuditLog;

/**
 * The audit trail as admins read it: one statement for a page and one for the count,
 * keyset-paged on the {@code (occurred_at desc, id desc)} index (a page starts beside the
 * entry its cursor names, compared as a row in SQL, so no timestamp makes a round trip
 * through Java). The export reads through a cursor of {@link #FETCH_SIZE} rows, so the
 * whole selection is never in memory. The jsonb field maps are read back as two parallel
 * arrays, so no JSON library is needed here either.
 */
@Repository
@Transactional(readOnly = true)
class JdbcAuditLog implements AuditLog {

	/**
	 * Rows the driver fetches at a time when exporting (PostgreSQL's JDBC driver reads
	 * the whole result at once unless a fetch size is set inside a transaction).
	 */
	static final int FETCH_SIZE = 500;

	private static final String WHERE = """
			where (cast(:actor as text) is null or e.actor = :actor)
			  and (cast(:kind as text) is null or e.kind = :kind)
			  and (cast(:subjectType as text) is null or e.subject_type = :subjectType)
			  and (cast(:subjectId as bigint) is null or e.subject_id = :subjectId)
			  and (cast(:from as timestamptz) is null or e.occurred_at >= :from)
			  and (cast(:until as timestamptz) is null or e.occurred_at < :until)
			""";

	private static final String SELECT = """
			select e.id, e.occurred_at, e.actor, e.kind, e.subject_type, e.subject_id, e.summary, e.address,
			       e.before_state is not null as has_before, e.after_state is not null as has_after,
			       array(select j.key from jsonb_each_text(e.before_state) j order by j.key) as before_keys,
			       array(select j.value from jsonb_each_text(e.before_state) j order by j.key) as before_values,
			       array(select j.key from jsonb_each_text(e.after_state) j order by j.key) as after_keys,
			       array(select j.value from jsonb_each_text(e.after_state) j order by j.key) as after_values
			from audit_event e
			""";

	/** The entry a cursor names, as a row to compare with. */
	private static final String CURSOR = "(select c.occurred_at, c.id from audit_event c where c.id = cast(:cursor as bigint))";

	private static final String NEWEST_FIRST = " order by e.occurred_at desc, e.id desc";

	private static final String OLDEST_FIRST = " order by e.occurred_at, e.id";

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	JdbcAuditLog(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
	}

	@Override
	public Page page(Filter filter, Cursor from, int size) {
		Long cursor = from.entry();
		String sql;
		if (from.olderThan() != null) {
			sql = SELECT + WHERE + " and (e.occurred_at, e.id) < " + CURSOR + NEWEST_FIRST;
		}
		else if (from.newerThan() != null) {
			sql = SELECT + WHERE + " and (e.occurred_at, e.id) > " + CURSOR + OLDEST_FIRST;
		}
		else {
			sql = SELECT + WHERE + NEWEST_FIRST;
		}
		List<Entry> found = new ArrayList<>(filtered(jdbc.sql(sql + " limit :limit"), filter).param("cursor", cursor)
			.param("limit", size + 1)
			.query(JdbcAuditLog::entry)
			.list());
		boolean beyond = found.size() > size;
		if (beyond) {
			found.remove(size);
		}
		if (from.newerThan() != null) {
			Collections.reverse(found);
		}
		// the count also says whether anything lies on the other side of the cursor (the
		// side the admin came from)
		Map<String, Object> counted = filtered(jdbc.sql("""
				select count(*) as total,
				       coalesce(bool_or((e.occurred_at, e.id) >= (k.occurred_at, k.id)), false) as at_or_newer,
				       coalesce(bool_or((e.occurred_at, e.id) <= (k.occurred_at, k.id)), false) as at_or_older
				from audit_event e
				left join (select c.occurred_at, c.id from audit_event c where c.id = cast(:cursor as bigint)) k on true
				""" + WHERE), filter).param("cursor", cursor).query().singleRow();
		long total = ((Number) counted.get("total")).longValue();
		boolean newer = from.olderThan() != null ? (Boolean) counted.get("at_or_newer")
				: from.newerThan() != null && beyond;
		boolean older = from.newerThan() != null ? (Boolean) counted.get("at_or_older") : beyond;
		if (found.isEmpty()) {
			return new Page(List.of(), total, null, null);
		}
		return new Page(List.copyOf(found), total, newer ? found.get(0).id() : null,
				older ? found.get(found.size() - 1).id() : null);
	}

	@Override
	public void each(Filter filter, Consumer<Entry> entries) {
		filtered(streaming.sql(SELECT + WHERE + NEWEST_FIRST), filter).query((ResultSet rs) -> {
			entries.accept(entry(rs, 0));
		});
	}

	private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec sql, Filter filter) {
		return sql.param("actor", blankToNull(filter.actor()))
			.param("kind", filter.kind() == null ? null : filter.kind().name())
			.param("subjectType", blankToNull(filter.subjectType()))
			.param("subjectId", filter.subjectId())
			.param("from", startOf(filter.from()))
			.param("until", filter.to() == null ? null : startOf(filter.to().plusDays(1)));
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Entry entry(ResultSet rs, int n) throws SQLException {
		long subject = rs.getLong("subject_id");
		Long subjectId = rs.wasNull() ? null : subject;
		return new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("kind"), rs.getString("subject_type"), subjectId,
				rs.getString("summary"),
				rs.getBoolean("has_before") ? fields(rs.getArray("before_keys"), rs.getArray("before_values")) : null,
				rs.getBoolean("has_after") ? fields(rs.getArray("after_keys"), rs.getArray("after_values")) : null,
				rs.getString("address"));
	}

	private static Map<String, String> fields(Array keys, Array values) throws SQLException {
		String[] k = (String[]) keys.getArray();
		String[] v = (String[]) values.getArray();
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < k.length; i++) {
			fields.put(k[i], v[i]);
		}
		return fields;
	}

}
