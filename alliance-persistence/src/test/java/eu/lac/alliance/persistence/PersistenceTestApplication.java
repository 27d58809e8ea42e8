package eu.lac.alliance.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest application the persistence tests boot: this module's auto-configuration
 * and nothing else.
 */
@SpringBootApplication
public class PersistenceTestApplication {

}
