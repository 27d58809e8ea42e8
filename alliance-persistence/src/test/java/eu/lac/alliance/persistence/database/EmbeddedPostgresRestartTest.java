package eu.lac.alliance.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.persistence.PersistenceTestApplication;

/**
 * The default run: an embedded PostgreSQL in the data directory, migrated on first start,
 * kept across restarts.
 */
class EmbeddedPostgresRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenBeforeAStopIsThereAfterTheNextStart() {
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from country", Integer.class)).isEqualTo(60);
			jdbc.update("insert into dialogue (title, kind) values ('Restart check', 'OTHER')");
		}
		assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select title from dialogue", String.class)).containsExactly("Restart check");
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
				.isEqualTo(5);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PersistenceTestApplication.class).web(WebApplicationType.NONE)
			.properties("alliance.data-dir=" + dataDir, "alliance.test.own-embedded-database=true",
					"spring.main.banner-mode=off")
			.run();
	}

}
