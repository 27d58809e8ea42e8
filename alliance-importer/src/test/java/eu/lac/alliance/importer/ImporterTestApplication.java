package eu.lac.alliance.importer;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The importer's test application: persistence plus the import service, on a fresh test
 * database.
 */
@SpringBootApplication(scanBasePackages = "eu.lac.alliance.importer.imports")
public class ImporterTestApplication {

}
