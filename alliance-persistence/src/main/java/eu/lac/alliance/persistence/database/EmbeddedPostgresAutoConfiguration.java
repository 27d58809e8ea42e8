package eu.lac.alliance.persistence.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Starts an embedded PostgreSQL (zonky, a real PostgreSQL 17 binary) with its data kept
 * in {@code alliance.data-dir} (default {@code ./data}), unless
 * {@code spring.datasource.url} points at a server of your own. This is what makes "one
 * command, no database to install" true. The server's superuser only sets up the
 * {@linkplain DatabaseRoles roles}: Flyway migrates as the owner, the application's pool
 * connects as the application role.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__embedded__")
@ConditionalOnMissingBean(DataSource.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	/** The database the portal keeps its data in, inside the embedded server. */
	static final String DATABASE = "alliance";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment environment) throws IOException {
		Path dataDir = Path.of(environment.getProperty("alliance.data-dir", "./data")).toAbsolutePath().normalize();
		Path pgData = dataDir.resolve("postgres");
		Files.createDirectories(pgData);
		int port = environment.getProperty("alliance.embedded-db.port", Integer.class, 0);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false);
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), pgData);
		return postgres;
	}

	/**
	 * The pool the application uses, connected as the application role: it can read and
	 * write rows but neither change the schema nor rewrite the progress log.
	 */
	@Bean
	@Primary
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		createRolesAndDatabaseIfMissing(postgres);
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(DatabaseRoles.EMBEDDED.application(), DATABASE));
		dataSource.setPoolName("alliance-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/**
	 * Flyway's connection, as the schema owner; not pooled, since Flyway uses it once at
	 * start. Depends on {@link #dataSource} having created the roles.
	 */
	@Bean
	@FlywayDataSource
	DataSource flywayDataSource(EmbeddedPostgres postgres, HikariDataSource dataSource) {
		return new SimpleDriverDataSource(new org.postgresql.Driver(),
				postgres.getJdbcUrl(DatabaseRoles.EMBEDDED.owner(), DATABASE));
	}

	private static void createRolesAndDatabaseIfMissing(EmbeddedPostgres postgres) {
		DatabaseRoles roles = DatabaseRoles.EMBEDDED;
		try (Connection administrator = postgres.getPostgresDatabase().getConnection()) {
			roles.createIfMissing(administrator);
			roles.createDatabaseIfMissing(administrator, DATABASE,
					() -> postgres.getDatabase("postgres", DATABASE).getConnection());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not set up the embedded database and its roles", ex);
		}
	}

}
