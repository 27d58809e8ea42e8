package eu.lac.alliance.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * Real PostgreSQL for tests: one server per test JVM (embedded, or the one named by
 * {@code ALLIANCE_TEST_DB_URL}), one template database migrated once by Flyway, and a
 * fresh database cloned from that template for every Spring test context, so contexts
 * never see each other's data.
 */
public final class TestDatabases {

	/** A database tests can connect to. */
	public record Database(String url, String user, String password) {
	}

	private static final String TEMPLATE = "alliance_test_template_" + ProcessHandle.current().pid();

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
		s.execute("create database " + name + " template " + TEMPLATE);
		return new Database(s.urlOf(name), s.user, s.password);
	}

	private static Server server() {
		if (server == null) {
			server = startServer();
			server.execute("drop database if exists " + TEMPLATE);
			server.execute("create database " + TEMPLATE);
			Flyway.configure()
				.dataSource(server.urlOf(TEMPLATE), server.user, server.password)
				.locations("classpath:db/migration", "classpath:eu/lac/alliance/persistence/migration")
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
