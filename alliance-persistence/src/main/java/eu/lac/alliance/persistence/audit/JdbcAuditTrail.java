package eu.lac.alliance.persistence.audit;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditOrigin;
import eu.lac.alliance.domain.audit.AuditTrail;

/**
 * The audit trail in the append-only {@code audit_event} table. Field maps become JSON
 * objects in the database ({@code jsonb_object}), so no JSON library is needed here.
 */
@Repository
class JdbcAuditTrail implements AuditTrail {

	private final JdbcClient jdbc;

	private final AuditOrigin origin;

	JdbcAuditTrail(JdbcClient jdbc, ObjectProvider<AuditOrigin> origin) {
		this.jdbc = jdbc;
		this.origin = origin.getIfAvailable(AuditOrigin::none);
	}

	@Override
	public void record(AuditEvent event) {
		jdbc.sql("""
				insert into audit_event (actor, kind, subject_type, subject_id, summary, before_state, after_state,
				                         address)
				values (?, ?, ?, ?, ?,
				        case when ?::text[] is null then null else jsonb_object(?::text[], ?::text[]) end,
				        case when ?::text[] is null then null else jsonb_object(?::text[], ?::text[]) end, ?)
				""")
			.params(event.actor(), event.kind().name(), event.subjectType(), event.subjectId(), event.summary())
			.params(keys(event.before()), keys(event.before()), values(event.before()))
			.params(keys(event.after()), keys(event.after()), values(event.after()))
			.param(origin.address().orElse(null))
			.update();
	}

	private static String[] keys(Map<String, String> fields) {
		return fields == null ? null : fields.keySet().toArray(String[]::new);
	}

	private static String[] values(Map<String, String> fields) {
		return fields == null ? null : fields.values().toArray(String[]::new);
	}

}
