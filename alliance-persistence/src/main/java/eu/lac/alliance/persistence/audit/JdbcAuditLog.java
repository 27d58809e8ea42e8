package eu.lac.alliance.persistence.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.audit.AuditLog;

/**
 * The audit trail as admins read it: one statement for a page and one for the count,
 * offset-paged on the {@code (occurred_at desc, id desc)} index. The jsonb field maps are
 * read back as two parallel arrays, so no JSON library is needed here either.
 */
@Repository
@Transactional(readOnly = true)
class JdbcAuditLog implements AuditLog {

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

	private static final String ORDER = " order by e.occurred_at desc, e.id desc";

	private final JdbcClient jdbc;

	JdbcAuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Page page(Filter filter, int page, int size) {
		List<Entry> entries = filtered(jdbc.sql(SELECT + WHERE + ORDER + " limit :limit offset :offset"), filter)
			.param("limit", size)
			.param("offset", (long) (Math.max(page, 1) - 1) * size)
			.query(JdbcAuditLog::entry)
			.list();
		long total = filtered(jdbc.sql("select count(*) from audit_event e " + WHERE), filter).query(Long.class)
			.single();
		return new Page(entries, total);
	}

	@Override
	public void each(Filter filter, Consumer<Entry> entries) {
		filtered(jdbc.sql(SELECT + WHERE + ORDER), filter).query((ResultSet rs) -> {
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
