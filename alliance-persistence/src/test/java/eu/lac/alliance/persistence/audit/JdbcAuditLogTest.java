package eu.lac.alliance.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditLog;
import eu.lac.alliance.domain.audit.AuditLog.Cursor;
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

	@Autowired
	JdbcTemplate jdbc;

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
		AuditLog.Page first = log.page(Filter.none(), Cursor.newest(), 4);
		AuditLog.Page second = log.page(Filter.none(), Cursor.olderThan(first.older()), 4);
		AuditLog.Page third = log.page(Filter.none(), Cursor.olderThan(second.older()), 4);

		assertThat(first.total()).isEqualTo(9);
		assertThat(first.entries()).extracting(AuditLog.Entry::summary)
			.containsExactly("sign-in failed", "changed focal-cl", "logged 7", "logged 6");
		assertThat(first.hasNewer()).isFalse();
		assertThat(second.entries()).extracting(AuditLog.Entry::summary)
			.containsExactly("logged 5", "logged 4", "logged 3", "logged 2");
		assertThat(third.entries()).extracting(AuditLog.Entry::summary).containsExactly("logged 1");
		assertThat(third.total()).isEqualTo(9);
		assertThat(third.hasOlder()).isFalse();
		assertThat(third.newer()).isEqualTo(third.entries().get(0).id());
	}

	@Test
	void theNewerLinkLeadsBackToTheSamePageAndEventsRecordedMeanwhileDoNotShiftIt() {
		AuditLog.Page first = log.page(Filter.none(), Cursor.newest(), 4);
		AuditLog.Page second = log.page(Filter.none(), Cursor.olderThan(first.older()), 4);
		trail.record(AuditEvent.unattached("late", AuditKind.SIGN_IN_FAILED, "recorded meanwhile"));

		AuditLog.Page again = log.page(Filter.none(), Cursor.olderThan(first.older()), 4);
		AuditLog.Page back = log.page(Filter.none(), Cursor.newerThan(second.newer()), 4);

		assertThat(again.entries()).isEqualTo(second.entries());
		assertThat(back.entries()).isEqualTo(first.entries());
		assertThat(back.hasOlder()).isTrue();
		assertThat(back.hasNewer()).as("the event recorded meanwhile is newer").isTrue();
		assertThat(log.page(Filter.none(), Cursor.newerThan(back.newer()), 4).entries())
			.extracting(AuditLog.Entry::summary)
			.containsExactly("recorded meanwhile");
	}

	@Test
	void pagesKeepTheFilterAcrossTheCursor() {
		Filter tenOnly = new Filter(null, AuditKind.PROGRESS_LOGGED, "action_item", 10L, null, null);
		AuditLog.Page first = log.page(tenOnly, Cursor.newest(), 2);
		AuditLog.Page second = log.page(tenOnly, Cursor.olderThan(first.older()), 2);

		assertThat(first.entries()).extracting(AuditLog.Entry::summary).containsExactly("logged 6", "logged 4");
		assertThat(second.entries()).extracting(AuditLog.Entry::summary).containsExactly("logged 2");
		assertThat(second.hasOlder()).isFalse();
		assertThat(second.hasNewer()).isTrue();
		assertThat(log.page(tenOnly, Cursor.olderThan(999_999_999L), 2).entries()).as("an unknown cursor").isEmpty();
	}

	@Test
	void eachFilterNarrowsTheSelection() {
		assertThat(log.page(new Filter("admin", null, null, null, null, null), Cursor.newest(), 50).total()).isOne();
		assertThat(log.page(new Filter(null, AuditKind.PROGRESS_LOGGED, null, null, null, null), Cursor.newest(), 50)
			.total()).isEqualTo(7);
		assertThat(log.page(new Filter(null, null, "action_item", 10L, null, null), Cursor.newest(), 50).total())
			.isEqualTo(3);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(log.page(new Filter(null, null, null, null, today, today), Cursor.newest(), 50).total())
			.isEqualTo(9);
		assertThat(log.page(new Filter(null, null, null, null, today.plusDays(1), null), Cursor.newest(), 50).total())
			.isZero();
		assertThat(log.page(new Filter(null, null, null, null, null, today.minusDays(1)), Cursor.newest(), 50).total())
			.isZero();
		assertThat(log
			.page(new Filter("focal-cl", AuditKind.PROGRESS_LOGGED, "action_item", 11L, today, today), Cursor.newest(),
					50)
			.entries()).extracting(AuditLog.Entry::summary)
			.containsExactly("logged 7", "logged 5", "logged 3", "logged 1");
	}

	@Test
	void anEditIsReadBackWithEachFieldBeforeAndAfter() {
		AuditLog.Entry edit = log
			.page(new Filter(null, AuditKind.ACCOUNT_CHANGED, null, null, null, null), Cursor.newest(), 1)
			.entries()
			.get(0);

		assertThat(edit.changes()).containsExactly(new AuditLog.Change("country", "CL", "", true),
				new AuditLog.Change("role", "FOCAL_POINT", "SECRETARIAT", true));
		assertThat(edit.subjectType()).isEqualTo("account");
		assertThat(edit.subjectId()).isEqualTo(5L);
		AuditLog.Entry plain = log
			.page(new Filter(null, AuditKind.SIGN_IN_FAILED, null, null, null, null), Cursor.newest(), 1)
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

	/**
	 * The export streams: a row the database cannot read (a before state that is no JSON
	 * object, which the trail never writes) at the far end of 1,200 events fails only
	 * after the entries before it have been handed on; a driver reading the whole result
	 * at once would fail before the first.
	 */
	@Test
	void theExportHandsOnEntriesAsTheDatabaseSendsThemNotAfterReadingThemAll() {
		jdbc.update("""
				insert into audit_event (occurred_at, actor, kind, summary)
				select now() - interval '1 hour', 'streamed', 'SIGN_IN_FAILED', 'streamed ' || g
				from generate_series(1, 1200) g""");
		jdbc.update("""
				insert into audit_event (occurred_at, actor, kind, summary, before_state)
				values (now() - interval '2 hours', 'streamed', 'SIGN_IN_FAILED', 'unreadable', '[1]'::jsonb)""");
		// read in index order, as on a trail too large to sort in memory, so the bad row
		// is reached last
		jdbc.execute("set local enable_sort = off");
		List<String> seen = new ArrayList<>();

		assertThatThrownBy(() -> log.each(new Filter("streamed", null, null, null, null, null),
				entry -> seen.add(entry.summary())))
			.isInstanceOf(DataAccessException.class);

		assertThat(seen).hasSizeGreaterThanOrEqualTo(JdbcAuditLog.FETCH_SIZE).hasSizeLessThanOrEqualTo(1200);
		assertThat(seen.get(0)).startsWith("streamed ");
	}

}
