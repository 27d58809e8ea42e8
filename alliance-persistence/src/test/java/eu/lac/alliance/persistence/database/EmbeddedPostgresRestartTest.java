package eu.lac.alliance.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.persistence.testing.Migrations;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.persistence.PersistenceTestApplication;

/**
 * The default run: an embedded PostgreSQL in the data directory, its roles created and
 * the schema migrated on first start, all kept across restarts.
 */
class EmbeddedPostgresRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenBeforeAStopIsThereAfterTheNextStart() {
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("alliance_app");
			assertThat(jdbc.queryForObject("select count(*) from country", Integer.class)).isEqualTo(60);
			jdbc.update("insert into dialogue (title, kind) values ('Restart check', 'OTHER')");
		}
		assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select title from dialogue", String.class)).containsExactly("Restart check");
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
				.isEqualTo(Migrations.versions().size() + 1);
		}
	}

	@Test
	void aDataDirectoryFromBeforeTheRolesIsHandedToTheOwnerAndMigratedOnItsNextStart() throws Exception {
		// the embedded server as it was: everything created and migrated by postgres
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.start()) {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database alliance");
			}
			Flyway.configure()
				.dataSource(postgres.getDatabase("postgres", "alliance"))
				.locations("classpath:db/migration", "classpath:eu/lac/alliance/persistence/migration")
				.placeholders(Map.of("app_role", "postgres"))
				.target("2")
				.load()
				.migrate();
			try (Connection connection = postgres.getDatabase("postgres", "alliance").getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("insert into dialogue (title, kind) values ('Recorded before the roles', 'OTHER')");
			}
		}

		try (ConfigurableApplicationContext upgraded = start()) {
			JdbcTemplate jdbc = upgraded.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("alliance_app");
			assertThat(jdbc.queryForList("select title from dialogue", String.class))
				.containsExactly("Recorded before the roles");
			assertThat(jdbc.queryForList(
					"select distinct pg_get_userbyid(relowner) from pg_class "
							+ "where relnamespace = 'public'::regnamespace and relkind in ('r', 'i', 'S')",
					String.class))
				.containsExactly("alliance_owner");
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
				.isEqualTo(Migrations.versions().size() + 1);
			assertThatThrownBy(() -> jdbc.execute("truncate progress_update")).rootCause()
				.hasMessageContaining("permission denied for table progress_update");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PersistenceTestApplication.class).web(WebApplicationType.NONE)
			.properties("alliance.data-dir=" + dataDir, "alliance.test.own-embedded-database=true",
					"spring.main.banner-mode=off")
			.run();
	}

}
