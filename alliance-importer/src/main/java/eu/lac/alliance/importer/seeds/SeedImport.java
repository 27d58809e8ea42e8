package eu.lac.alliance.importer.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import eu.lac.alliance.importer.imports.DocumentImportService;
import eu.lac.alliance.importer.imports.ImportRejected;
import eu.lac.alliance.importer.imports.ImportReport;

/**
 * On the first start into an empty database, imports the documents in the seeds directory
 * (in file name order, each in its own transaction), so a new portal opens with the
 * Alliance's conclusions in it. It runs once every bean is ready and before the web
 * server opens its port, so nobody sees a half-filled portal.
 */
@Component
@ConditionalOnProperty(name = "alliance.seeds.import-on-empty", havingValue = "true")
class SeedImport implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SeedImport.class);

	private final DocumentImportService importer;

	private final Path directory;

	SeedImport(DocumentImportService importer, @Value("${alliance.seeds.directory:./seeds}") String directory) {
		this.importer = importer;
		this.directory = Path.of(directory);
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			importSeedsIntoEmptyDatabase();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the seed directory " + directory.toAbsolutePath(), ex);
		}
	}

	private void importSeedsIntoEmptyDatabase() throws IOException {
		if (!importer.nothingImportedYet()) {
			return;
		}
		if (!Files.isDirectory(directory)) {
			log.warn("No seed documents imported: {} is not a directory", directory.toAbsolutePath());
			return;
		}
		for (Path file : seedFiles()) {
			try {
				ImportReport report = importer.importDocument(file.getFileName().toString(), Files.readAllBytes(file),
						"seed import");
				log.info("Imported seed {} as {} into '{}': {}", file.getFileName(), report.layout(),
						report.dialogueTitle(), report.changes());
				report.warnings().forEach(w -> log.warn("{}: {}", file.getFileName(), w));
			}
			catch (ImportRejected rejected) {
				log.error("Seed {} was not imported: {}", file.getFileName(), rejected.getMessage());
			}
		}
	}

	private List<Path> seedFiles() throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().startsWith("."))
				.filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
				.sorted()
				.toList();
		}
	}

}
