package eu.lac.alliance.persistence;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Wires the domain's entities and this module's repositories into any application that includes it. */
@AutoConfiguration
@EntityScan(basePackages = "eu.lac.alliance.domain")
@EnableJpaRepositories(basePackages = "eu.lac.alliance.persistence")
@PropertySource("classpath:alliance-persistence.properties")
public class PersistenceAutoConfiguration {

}
