package eu.lac.alliance.persistence.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import eu.lac.alliance.persistence.testing.TestDatabases;

/**
 * What the database itself refuses on the progress log, tried over plain connections as
 * the application role and as the schema owner, on a database of its own whose rows are
 * committed (a rolled-back test transaction would hide the owner's view of them and block
 * its TRUNCATE).
 */
class AppendOnlyLogGuardsTest {

	private static TestDatabases.Database database;

	private static long updateId;

	private static long reviewedUpdateId;

	private Connection application;

	private Connection owner;

	@BeforeAll
	static void oneItemWithAReviewedUpdateAndAnUnreviewedOne() throws SQLException {
		database = TestDatabases.fresh();
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				Statement statement = connection.createStatement()) {
			statement.execute("insert into dialogue (title, kind) values ('Digital Alliance Days', 'ALLIANCE_DAYS')");
			statement.execute("""
					insert into action_item (dialogue_id, policy_area_id, code, title, category)
					select d.id, p.id, '1', 'Share incident response practice', 'INFORMATION_SHARING'
					from dialogue d, policy_area p where p.code = 'CYB'""");
			reviewedUpdateId = insertUpdate(statement, "LIMITED");
			updateId = insertUpdate(statement, "SUBSTANTIAL");
			statement.execute("insert into progress_review (progress_update_id, decision, reviewer) values ("
					+ reviewedUpdateId + ", 'VALIDATED', 'secretariat')");
		}
	}

	@BeforeEach
	void connect() throws SQLException {
		this.application = DriverManager.getConnection(database.url(), database.user(), database.password());
		this.owner = DriverManager.getConnection(database.url(), database.owner(), database.ownerPassword());
		for (Connection connection : new Connection[] { this.application, this.owner }) {
			try (Statement statement = connection.createStatement()) {
				// a guard that fails open would block on a lock rather than pass: fail
				// instead
				statement.execute("set lock_timeout = '5s'");
			}
		}
	}

	@AfterEach
	void disconnect() throws SQLException {
		this.application.close();
		this.owner.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "update progress_update set status = 'COMPLETE'", "delete from progress_update",
			"truncate progress_update cascade", "update progress_review set decision = 'RETURNED', comment = 'why'",
			"delete from progress_review", "truncate progress_review" })
	void theApplicationRoleCanNeitherRewriteNorEmptyTheLog(String sql) {
		assertThatThrownBy(() -> execute(this.application, sql)).isInstanceOf(SQLException.class)
			.hasMessageContaining("permission denied for table progress_");
	}

	@ParameterizedTest
	@ValueSource(strings = { "progress_update", "progress_review" })
	void evenTheOwnerCannotTruncateTheLog(String table) {
		assertThatThrownBy(() -> execute(this.owner, "truncate " + table + " cascade"))
			.hasMessageContaining(table + " is append-only: TRUNCATE refused");
	}

	@Test
	void evenTheOwnerCannotEditOrDeleteAnEntry() {
		assertThatThrownBy(
				() -> execute(this.owner, "update progress_update set status = 'COMPLETE' where id = " + updateId))
			.hasMessageContaining("progress_update is append-only: UPDATE refused");
		assertThatThrownBy(() -> execute(this.owner, "delete from progress_update where id = " + updateId))
			.hasMessageContaining("progress_update is append-only: DELETE refused");
		assertThatThrownBy(() -> execute(this.owner,
				"update progress_review set decision = 'RETURNED', "
						+ "comment = 'changed our mind' where progress_update_id = " + reviewedUpdateId))
			.hasMessageContaining("progress_review is append-only: UPDATE refused");
		assertThatThrownBy(() -> execute(this.owner, "delete from progress_review"))
			.hasMessageContaining("progress_review is append-only: DELETE refused");
	}

	@Test
	void theLogIsUnchangedAfterEveryAttempt() throws SQLException {
		theApplicationRoleCanNeitherRewriteNorEmptyTheLog("delete from progress_update");
		evenTheOwnerCannotTruncateTheLog("progress_update");

		assertThat(queryString("select string_agg(status, ',' order by id) from progress_update"))
			.isEqualTo("LIMITED,SUBSTANTIAL");
		assertThat(queryString("select string_agg(decision, ',') from progress_review")).isEqualTo("VALIDATED");
	}

	@Test
	void aSecondDecisionOnOneUpdateIsRefused() {
		assertThatThrownBy(() -> execute(this.application,
				"insert into progress_review (progress_update_id, decision, reviewer, comment) values ("
						+ reviewedUpdateId + ", 'RETURNED', 'secretariat', 'Please link the signed agreement.')"))
			.hasMessageContaining("progress_review_one_decision_per_update");
	}

	@Test
	void theApplicationRoleCanAddToTheLog() throws SQLException {
		this.application.setAutoCommit(false);
		try (Statement statement = this.application.createStatement()) {
			long id = insertUpdate(statement, "COMPLETE");
			statement.execute("insert into progress_review (progress_update_id, decision, reviewer) values (" + id
					+ ", 'VALIDATED', 'secretariat')");
		}
		finally {
			this.application.rollback();
		}
	}

	@Test
	void aSubmissionTimeSentByTheCallerIsReplacedByTheDatabasesOwn() throws SQLException {
		this.application.setAutoCommit(false);
		try (Statement statement = this.application.createStatement()) {
			statement.execute(
					"""
							insert into progress_update (action_item_id, country_code, status, as_of, author, submitted_at)
							select id, 'MX', 'COMPLETE', date '1999-12-30', 'focal.point@gob.mx', timestamptz '2000-01-01 00:00Z'
							from action_item""");
			statement.execute(
					"""
							insert into progress_review (progress_update_id, decision, reviewer, reviewed_at)
							select max(id), 'VALIDATED', 'secretariat', timestamptz '2000-01-02 00:00Z' from progress_update""");

			OffsetDateTime now = databaseTime(statement, "select now()");
			assertThat(databaseTime(statement, "select submitted_at from progress_update where as_of = '1999-12-30'"))
				.isEqualTo(now);
			assertThat(databaseTime(statement,
					"select reviewed_at from progress_review where progress_update_id = (select max(id) from progress_update)"))
				.isEqualTo(now);
		}
		finally {
			this.application.rollback();
		}
	}

	@Test
	void progressForAFutureDayIsRefusedByTheDatabasesClock() {
		assertThatThrownBy(() -> execute(this.application, """
				insert into progress_update (action_item_id, country_code, status, as_of, author)
				select id, 'MX', 'COMPLETE', current_date + 7, 'focal.point@gob.mx' from action_item"""))
			.hasMessageContaining("progress_update_not_for_a_future_day");
	}

	private static long insertUpdate(Statement statement, String status) throws SQLException {
		try (ResultSet rs = statement.executeQuery("""
				insert into progress_update (action_item_id, country_code, status, as_of, author)
				select id, 'MX', '%s', date '2025-10-01', 'focal.point@gob.mx' from action_item
				returning id""".formatted(status))) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static OffsetDateTime databaseTime(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getObject(1, OffsetDateTime.class);
		}
	}

	private String queryString(String sql) throws SQLException {
		try (Statement statement = this.application.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
