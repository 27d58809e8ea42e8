package eu.lac.alliance.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditLog;
import eu.lac.alliance.domain.audit.AuditLog.Filter;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.persistence.testing.PersistenceTest;

/** The audit trail as admins read it: each filter, the pages, and edits read back. */
@PersistenceTest
class JdbcAuditLogTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditLog log;

	@BeforeEach
	void events() {
		for (int i = 1; i <= 7; i++) {
			trail.record(AuditEvent.of("focal-cl", AuditKind.PROGRESS_LOGGED, "action_item", i % 2 == 0 ? 10 : 11,
					"logged " + i));
		}
		Map<String, String> before = new LinkedHashMap<>();
		before.put("role", "FOCAL_POINT");
		before.put("country", "CL");
		trail.record(AuditEvent.edit("admin", AuditKind.ACCOUNT_CHANGED, "account", 5, "changed focal-cl", before,
				Map.of("role", "SECRETARIAT", "country", "")));
		trail.record(AuditEvent.unattached("=cmd|' /C calc'!A0", AuditKind.SIGN_IN_FAILED, "sign-in failed"));
	}

	@Test
	void newestFirstAPageAtATimeWithTheTotal() {
		AuditLog.Page first = log.page(Filter.none(), 1, 4);
		AuditLog.Page third = log.page(Filter.none(), 3, 4);

		assertThat(first.total()).isEqualTo(9);
		assertThat(first.entries()).extracting(AuditLog.Entry::summary)
			.containsExactly("sign-in failed", "changed focal-cl", "logged 7", "logged 6");
		assertThat(third.entries()).extracting(AuditLog.Entry::summary).containsExactly("logged 1");
	}

	@Test
	void eachFilterNarrowsTheSelection() {
		assertThat(log.page(new Filter("admin", null, null, null, null, null), 1, 50).total()).isOne();
		assertThat(log.page(new Filter(null, AuditKind.PROGRESS_LOGGED, null, null, null, null), 1, 50).total())
			.isEqualTo(7);
		assertThat(log.page(new Filter(null, null, "action_item", 10L, null, null), 1, 50).total()).isEqualTo(3);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(log.page(new Filter(null, null, null, null, today, today), 1, 50).total()).isEqualTo(9);
		assertThat(log.page(new Filter(null, null, null, null, today.plusDays(1), null), 1, 50).total()).isZero();
		assertThat(log.page(new Filter(null, null, null, null, null, today.minusDays(1)), 1, 50).total()).isZero();
		assertThat(log.page(new Filter("focal-cl", AuditKind.PROGRESS_LOGGED, "action_item", 11L, today, today), 1, 50)
			.entries()).extracting(AuditLog.Entry::summary)
			.containsExactly("logged 7", "logged 5", "logged 3", "logged 1");
	}

	@Test
	void anEditIsReadBackWithEachFieldBeforeAndAfter() {
		AuditLog.Entry edit = log.page(new Filter(null, AuditKind.ACCOUNT_CHANGED, null, null, null, null), 1, 1)
			.entries()
			.get(0);

		assertThat(edit.changes()).containsExactly(new AuditLog.Change("country", "CL", "", true),
				new AuditLog.Change("role", "FOCAL_POINT", "SECRETARIAT", true));
		assertThat(edit.subjectType()).isEqualTo("account");
		assertThat(edit.subjectId()).isEqualTo(5L);
		AuditLog.Entry plain = log.page(new Filter(null, AuditKind.SIGN_IN_FAILED, null, null, null, null), 1, 1)
			.entries()
			.get(0);
		assertThat(plain.before()).isNull();
		assertThat(plain.subjectId()).isNull();
		assertThat(plain.changes()).isEmpty();
	}

	@Test
	void theExportHandsOnEveryMatchingEntryNewestFirst() {
		List<String> seen = new ArrayList<>();

		log.each(new Filter("focal-cl", null, null, null, null, null), entry -> seen.add(entry.summary()));

		assertThat(seen).containsExactly("logged 7", "logged 6", "logged 5", "logged 4", "logged 3", "logged 2",
				"logged 1");
	}

}
