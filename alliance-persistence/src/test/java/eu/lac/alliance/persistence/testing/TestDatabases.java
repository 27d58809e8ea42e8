package eu.lac.alliance.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import eu.lac.alliance.persistence.database.DatabaseRoles;

/**
 * Real PostgreSQL for tests: one server per test JVM (embedded, or the one named by
 * {@code ALLIANCE_TEST_DB_URL}), one template database migrated once by Flyway, and a
 * fresh database cloned from that template for every Spring test context, so contexts
 * never see each other's data. The arrangement is production's: the template is migrated
 * as the owner role, and tests connect as the application role, with its rights and no
 * more.
 */
public final class TestDatabases {

	/**
	 * A database tests can connect to: as the application role ({@code user}), or as the
	 * schema owner, which Flyway uses.
	 */
	public record Database(String url, String user, String password, String owner, String ownerPassword) {
	}

	/**
	 * Test roles, named apart from the portal's own so that tests on a shared server
	 * never change a real installation's roles.
	 */
	static final DatabaseRoles ROLES = new DatabaseRoles("alliance_test_owner", "alliance_test_owner",
			"alliance_test_app", "alliance_test_app");

	private static final String TEMPLATE = "alliance_test_template_" + ProcessHandle.current().pid();

	/**
	 * A clone does not take its template's database settings (migrations set some, V20),
	 * so they are set again on each fresh database, as the migrations left them.
	 */
	private static final String SETTINGS_OF_THE_TEMPLATE = """
			do $$
			declare
			    setting text;
			begin
			    for setting in select unnest(s.setconfig) from pg_db_role_setting s
			                   join pg_database d on d.oid = s.setdatabase
			                   where d.datname = '{template}' and s.setrole = 0
			    loop
			        execute format('alter database %I set %s = %L', '{name}', split_part(setting, '=', 1),
			                       substr(setting, strpos(setting, '=') + 1));
			    end loop;
			end;
			$$""";

	private static final AtomicInteger counter = new AtomicInteger();

	private static Server server;

	private TestDatabases() {
	}

	/**
	 * A new database holding the fully migrated schema and reference data, and nothing
	 * else.
	 */
	public static synchronized Database fresh() {
		Server s = server();
		String name = "alliance_test_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
		s.execute("drop database if exists " + name);
		s.execute("create database " + name + " template " + TEMPLATE + " owner " + ROLES.owner());
		s.execute(SETTINGS_OF_THE_TEMPLATE.replace("{template}", TEMPLATE).replace("{name}", name));
		return new Database(s.urlOf(name), ROLES.application(), ROLES.applicationPassword(), ROLES.owner(),
				ROLES.ownerPassword());
	}

	/**
	 * Runs SQL on a test database as the server's superuser with triggers switched off
	 * ({@code session_replication_role = replica}): for a test's own clean-up between
	 * tests that share a context, which the application role rightly may not do (empty
	 * the progress log). Never for the statements under test.
	 * @param databaseUrl the test database, as given to the context
	 * @param sql the statements
	 */
	public static void executeAsAdministrator(String databaseUrl, String sql) {
		Server s = server();
		try (Connection connection = DriverManager.getConnection(databaseUrl, s.user, s.password);
				Statement statement = connection.createStatement()) {
			statement.execute("set session_replication_role = replica");
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("test clean-up failed at: " + sql, ex);
		}
	}

	private static synchronized Server server() {
		if (server == null) {
			server = startServer();
			server.createRoles();
			server.execute("drop database if exists " + TEMPLATE);
			server.execute("create database " + TEMPLATE + " owner " + ROLES.owner());
			Flyway.configure()
				.dataSource(server.urlOf(TEMPLATE), ROLES.owner(), ROLES.ownerPassword())
				.locations("classpath:db/migration", "classpath:eu/lac/alliance/persistence/migration")
				.placeholders(Map.of("app_role", ROLES.application()))
				.load()
				.migrate();
		}
		return server;
	}

	private static Server startServer() {
		String external = System.getenv("ALLIANCE_TEST_DB_URL");
		if (external != null && !external.isBlank()) {
			Server server = new Server(external.replaceAll("/[^/?]*(\\?.*)?$", "/"),
					env("ALLIANCE_TEST_DB_USER", "postgres"), env("ALLIANCE_TEST_DB_PASSWORD", ""), "postgres");
			// an external server outlives the tests: take this JVM's databases away with
			// it
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> server.dropDatabasesOf(ProcessHandle.current().pid())));
			return server;
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is going away; the temporary data directory goes with it
				}
			}));
			return new Server("jdbc:postgresql://localhost:" + postgres.getPort() + "/", "postgres", "", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

	private record Server(String baseUrl, String user, String password, String adminDatabase) {

		String urlOf(String database) {
			return baseUrl + database;
		}

		void dropDatabasesOf(long pid) {
			try (Connection connection = DriverManager.getConnection(urlOf(adminDatabase), user, password);
					Statement statement = connection.createStatement()) {
				var names = new java.util.ArrayList<String>();
				try (var rs = statement.executeQuery(
						"select datname from pg_database where datname like 'alliance\\_test\\_%" + pid + "%'")) {
					while (rs.next()) {
						names.add(rs.getString(1));
					}
				}
				for (String name : names) {
					statement.execute("drop database if exists " + name + " with (force)");
				}
			}
			catch (SQLException ex) {
				// best effort at shutdown: the next run's names differ, so leftovers
				// never collide
			}
		}

		void createRoles() {
			try (Connection connection = DriverManager.getConnection(urlOf(adminDatabase), user, password)) {
				ROLES.createIfMissing(connection);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("could not create the test roles (the test user must be a superuser)",
						ex);
			}
		}

		void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(urlOf(adminDatabase), user, password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("test database set-up failed at: " + sql, ex);
			}
		}

	}

}
