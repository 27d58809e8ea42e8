package eu.lac.alliance.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The portal: starts the web application, its database (embedded unless configured) and
 * the first-start seed import.
 */
@SpringBootApplication(scanBasePackages = { "eu.lac.alliance.web", "eu.lac.alliance.importer.imports",
		"eu.lac.alliance.importer.seeds" })
public class AllianceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AllianceApplication.class, args);
	}

}
