package eu.lac.alliance.persistence.testing;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at its own fresh database from {@link TestDatabases}.
 * Registered in this test-jar's {@code META-INF/spring.factories}, so any module that has
 * the test-jar on its test classpath gets real, isolated PostgreSQL without further
 * set-up. As in production, the context's pool connects as the application role and
 * Flyway as the owner.
 */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().getPropertySources().contains("allianceTestDatabase")
				|| context.getEnvironment().getProperty("alliance.test.own-embedded-database", Boolean.class, false)) {
			// already set up, or a test of the embedded database itself, which asks for
			// it
			return;
		}
		TestDatabases.Database database = TestDatabases.fresh();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("allianceTestDatabase",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.user(),
							"spring.datasource.password", database.password(), "spring.test.database.replace",
							"none")));
	}

}
