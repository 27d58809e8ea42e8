package eu.lac.alliance.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.persistence.testing.PersistenceTest;

/** What the trail stores for an event, and that the database keeps it as written. */
@PersistenceTest
class JdbcAuditTrailTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditIsStoredWithItsFieldsBeforeAndAfterAsJson() {
		Map<String, String> before = new LinkedHashMap<>();
		before.put("title", "Share <b>practice</b>");
		before.put("deadline", null);
		trail.record(AuditEvent.edit("secretariat", AuditKind.ITEM_EDITED, "action_item", 42, "Edited item 1.a", before,
				Map.of("title", "Share practice", "deadline", "2026-06-30")));

		Map<String, Object> row = jdbc.queryForMap("""
				select actor, kind, subject_type, subject_id, summary, address, occurred_at is not null as timed,
				       before_state ->> 'title' as title_before, before_state ? 'deadline' as has_deadline_before,
				       before_state ->> 'deadline' as deadline_before, after_state ->> 'deadline' as deadline_after
				from audit_event""");
		assertThat(row).containsEntry("actor", "secretariat")
			.containsEntry("kind", "ITEM_EDITED")
			.containsEntry("subject_type", "action_item")
			.containsEntry("subject_id", 42L)
			.containsEntry("summary", "Edited item 1.a")
			.containsEntry("timed", true)
			.containsEntry("title_before", "Share <b>practice</b>")
			.containsEntry("has_deadline_before", true)
			.containsEntry("deadline_before", null)
			.containsEntry("deadline_after", "2026-06-30");
		assertThat(row.get("address")).as("no request here: the command line and tests have no address").isNull();
	}

	@Test
	void aFailedSignInForAnUnknownNameHasNoSubjectAndNoFields() {
		trail.record(AuditEvent.unattached("nobody", AuditKind.SIGN_IN_FAILED, "Sign-in failed"));

		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where subject_id is null and before_state is null and after_state is null",
				Long.class))
			.isOne();
	}

	@Test
	void theDatabaseRefusesToRewriteOrDeleteTheTrail() {
		trail.record(AuditEvent.of("admin", AuditKind.IMPORT_REVERTED, "source_document", 7, "Reverted an import"));

		// the application role has no UPDATE or DELETE grant; the owner meets the trigger
		assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else'")).rootCause()
			.hasMessageContaining("permission denied for table audit_event");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event")).rootCause()
			.hasMessageContaining("permission denied for table audit_event");
	}

}
