package eu.lac.alliance.importer.cli;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring context the command line imports with: persistence and the import service,
 * no web server.
 */
@SpringBootApplication(scanBasePackages = "eu.lac.alliance.importer.imports")
class ImporterApplication {

}
