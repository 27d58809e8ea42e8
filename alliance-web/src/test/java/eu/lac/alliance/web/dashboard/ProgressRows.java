package eu.lac.alliance.web.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.CurrentStatusTables;
import eu.lac.alliance.persistence.testing.TestDatabases;

/**
 * Progress written straight into the log and the current-status tables, as the progress
 * workflow would leave them, with the submission and review times a test needs (the
 * database stamps its own time on insert, so past times go in as the administrator with
 * triggers off). Everything written here carries one author, and {@link #clear()} removes
 * exactly that.
 */
final class ProgressRows {

	static final String AUTHOR = "dashboard-test";

	private final JdbcTemplate jdbc;

	private final String databaseUrl;

	private final CurrentStatusTables currentStatus;

	private final TransactionTemplate transactions;

	ProgressRows(JdbcTemplate jdbc, String databaseUrl, CurrentStatusTables currentStatus,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.databaseUrl = databaseUrl;
		this.currentStatus = currentStatus;
		this.transactions = transactions;
	}

	/** A logged update; its review (if any) at {@code reviewedAt}. Returns its id. */
	long update(long itemId, String country, CompletionStatus status, LocalDate asOf, OffsetDateTime submittedAt,
			String decision, OffsetDateTime reviewedAt, String comment, String note) {
		long id = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from progress_update", Long.class);
		StringBuilder sql = new StringBuilder();
		sql.append(
				"insert into progress_update (id, action_item_id, country_code, status, as_of, note, author, submitted_at) values (")
			.append(id)
			.append(", ")
			.append(itemId)
			.append(", ")
			.append(quote(country))
			.append(", ")
			.append(quote(status.name()))
			.append(", date ")
			.append(quote(asOf.toString()))
			.append(", ")
			.append(note == null ? "null" : quote(note))
			.append(", ")
			.append(quote(AUTHOR))
			.append(", timestamptz ")
			.append(quote(submittedAt.toString()))
			.append(");");
		if (decision != null) {
			sql.append(
					"insert into progress_review (progress_update_id, decision, reviewer, reviewed_at, comment) values (")
				.append(id)
				.append(", ")
				.append(quote(decision))
				.append(", 'sec-reviewer', timestamptz ")
				.append(quote(reviewedAt.toString()))
				.append(", ")
				.append(comment == null ? "null" : quote(comment))
				.append(");");
		}
		TestDatabases.executeAsAdministrator(databaseUrl, sql.toString());
		return id;
	}

	/**
	 * A validated update of today's log, and the current-status tables brought up to date
	 * by the progress workflow's own component, as a validation does.
	 */
	long current(long itemId, String country, CompletionStatus status, LocalDate asOf) {
		OffsetDateTime now = OffsetDateTime.now();
		long id = update(itemId, country, status, asOf, now, "VALIDATED", now, null, null);
		transactions.executeWithoutResult(tx -> currentStatus.countryStatusChanged(itemId, country));
		return id;
	}

	/** The countries taking part in an item, as the view lists them. */
	List<String> countriesOf(long itemId) {
		return jdbc.queryForList(
				"select distinct country_code from item_participant where action_item_id = ? order by 1", String.class,
				itemId);
	}

	void clear() {
		TestDatabases.executeAsAdministrator(databaseUrl,
				"""
						delete from item_country_status where progress_update_id in (select id from progress_update where author = 'dashboard-test');
						delete from progress_review where progress_update_id in (select id from progress_update where author = 'dashboard-test');
						delete from progress_update where author = 'dashboard-test';""");
		transactions.executeWithoutResult(tx -> currentStatus.rebuildAll());
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
