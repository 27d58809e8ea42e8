package eu.lac.alliance.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.lac.alliance.persistence.testing.TestDatabases;

/**
 * The data version the pages keep their figures under (V12, V19, V21): a writing
 * transaction raises it once, however many statements it runs, and readers see it move at
 * the commit; a dry run leaves it and its row alone. Plain connections of the application
 * role with their own transactions, since the behaviour is per transaction.
 */
class DataVersionTest {

	private final TestDatabases.Database database = TestDatabases.fresh();

	private Connection writer;

	private Connection reader;

	@BeforeEach
	void connect() throws SQLException {
		writer = DriverManager.getConnection(database.url(), database.user(), database.password());
		reader = DriverManager.getConnection(database.url(), database.user(), database.password());
		writer.setAutoCommit(false);
	}

	@AfterEach
	void close() throws SQLException {
		writer.close();
		reader.close();
	}

	@Test
	void aTransactionRaisesTheVersionOnceAndReadersSeeItAtTheCommit() throws SQLException {
		long before = version(reader);
		try (Statement statement = writer.createStatement()) {
			long dialogue = single(statement,
					"insert into dialogue (title, kind) values ('Digital Alliance Days', 'ALLIANCE_DAYS') returning id");
			for (int n = 1; n <= 20; n++) {
				statement
					.execute("insert into action_item (dialogue_id, policy_area_id, code, title, category) values ("
							+ dialogue + ", (select id from policy_area where code = 'CYB'), '" + n
							+ "', 'An activity'," + " 'ACTIVITY')");
			}
			statement.execute("update milestone set city = city");
			assertThat(version(reader)).as("not before the commit").isEqualTo(before);
		}
		writer.commit();

		assertThat(version(reader)).isEqualTo(before + 1);
		try (Statement statement = writer.createStatement()) {
			statement.execute("update milestone set city = city");
		}
		writer.commit();
		assertThat(version(reader)).as("the next transaction on the same connection raises it again")
			.isEqualTo(before + 2);
	}

	@Test
	void aDryRunLeavesTheVersionAndItsRowToOtherWriters() throws SQLException {
		long before = version(reader);
		try (Statement statement = writer.createStatement()) {
			statement.execute("select set_config('alliance.data_version_raised', 'on', true)");
			statement.execute("insert into dialogue (title, kind) values ('Preview only', 'ALLIANCE_DAYS')");
		}
		try (Statement other = reader.createStatement()) {
			other.execute("set lock_timeout = '2s'");
			other.execute("update milestone set city = city");
		}
		long afterOther = version(reader);
		writer.rollback();

		assertThat(afterOther).as("another writer went ahead while the dry run was open").isEqualTo(before + 1);
		assertThat(version(reader)).isEqualTo(before + 1);
	}

	@Test
	void aDryRunLeavesTheKeptParticipantsAloneAndACommittedWriteRefreshesThem() throws SQLException {
		long item;
		try (Statement statement = writer.createStatement()) {
			long dialogue = single(statement,
					"insert into dialogue (title, kind) values ('Digital Alliance Days', 'ALLIANCE_DAYS') returning id");
			item = single(statement,
					"insert into action_item (dialogue_id, policy_area_id, code, title, category)" + " values ("
							+ dialogue + ", (select id from policy_area where code = 'CYB'), '1', 'An activity',"
							+ " 'ACTIVITY') returning id");
		}
		writer.commit();
		String participation = "insert into participation (action_item_id, country_code, role) values (" + item
				+ ", 'CL', 'CO_LEAD')";
		String kept = "select count(*) from item_participant where action_item_id = " + item;

		try (Statement statement = writer.createStatement()) {
			statement.execute("select set_config('alliance.data_version_raised', 'on', true),"
					+ " set_config('alliance.dry_run', 'on', true)");
			statement.execute(participation);
			assertThat(single(statement, kept)).as("not refreshed in the dry run").isZero();
		}
		writer.rollback();
		try (Statement statement = writer.createStatement()) {
			statement.execute(participation);
			assertThat(single(statement, kept)).as("refreshed in a transaction that is no dry run").isEqualTo(1);
		}
		writer.commit();
	}

	/**
	 * The tables no page keeps anything of (V23): every other table must raise the
	 * version, or a page kept under it would go on showing what a change replaced.
	 */
	private static final Set<String> LEFT_OUT = Set.of("account", "audit_event", "data_version",
			"flyway_schema_history", "import_preview", "import_run", "import_run_row", "sign_in_attempt",
			"spring_session", "spring_session_attributes");

	@Test
	void everyTableAPageShowsRaisesTheVersion() throws SQLException {
		Set<String> tables = new TreeSet<>();
		Set<String> watched = new TreeSet<>();
		try (Statement statement = reader.createStatement()) {
			try (ResultSet rs = statement
				.executeQuery("select tablename from pg_tables where schemaname = current_schema()")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			try (ResultSet rs = statement.executeQuery("""
					select distinct c.relname from pg_trigger t
					join pg_class c on c.oid = t.tgrelid
					join pg_proc p on p.oid = t.tgfoid
					where p.proname = 'raise_data_version'""")) {
				while (rs.next()) {
					watched.add(rs.getString(1));
				}
			}
		}
		assertThat(tables).as("the tables").contains("action_item", "progress_comment", "account");
		Set<String> unwatched = new TreeSet<>(tables);
		unwatched.removeAll(watched);
		assertThat(unwatched).as("tables that do not raise the data version").isEqualTo(LEFT_OUT);

		long before = version(reader);
		try (Statement statement = writer.createStatement()) {
			statement.execute("update organisation set name = name");
		}
		writer.commit();
		assertThat(version(reader)).as("a change to an organisation's name").isEqualTo(before + 1);
	}

	private static long version(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			return single(statement, "select version from data_version");
		}
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
