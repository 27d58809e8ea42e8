package eu.lac.alliance.persistence;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Wires the domain's entities, this module's repositories and its read models into any
 * application that includes it.
 */
@AutoConfiguration
@EntityScan(basePackages = "eu.lac.alliance.domain")
@EnableJpaRepositories(basePackages = "eu.lac.alliance.persistence")
@ComponentScan(basePackages = "eu.lac.alliance.persistence",
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = AutoConfiguration.class))
@PropertySource("classpath:alliance-persistence.properties")
public class PersistenceAutoConfiguration {

}
