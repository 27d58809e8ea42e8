package eu.lac.alliance.importer.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word and PDF versions of the five seeds, written by {@link SeedDocuments}, give the
 * facts the text seeds give: the same dialogue, policy areas, objectives, items (codes,
 * titles, participants, deadlines). Each run prints how many facts each version
 * reproduces.
 */
class SeedDocumentFormatsTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	private static final ParseContext CONTEXT = ParseContext.reference();

	static Stream<Path> seeds() throws IOException {
		try (Stream<Path> files = Files.list(SEEDS)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theWordVersionOfASeedGivesTheSeedsFacts(Path seed) throws IOException {
		String text = Files.readString(seed);
		SeedFacts expected = SeedFacts
			.of(READER.read(seed.getFileName().toString(), Files.readAllBytes(seed), CONTEXT));
		ParsedDocument docx = READER.read(name(seed, "docx"), SeedDocuments.docx(text), CONTEXT);
		SeedFacts actual = SeedFacts.of(docx);

		System.out.println(seed.getFileName() + " DOCX: " + expected.score(actual));
		List<String> missing = expected.missingFrom(actual);
		missing.forEach(m -> System.out.println("  DOCX missing " + m));
		assertThat(missing).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void thePdfVersionOfASeedGivesTheSeedsFacts(Path seed) throws IOException {
		String text = Files.readString(seed);
		SeedFacts expected = SeedFacts
			.of(READER.read(seed.getFileName().toString(), Files.readAllBytes(seed), CONTEXT));
		ParsedDocument pdf = READER.read(name(seed, "pdf"), SeedDocuments.pdf(text), CONTEXT);
		SeedFacts actual = SeedFacts.of(pdf);

		System.out.println(seed.getFileName() + " PDF: " + expected.score(actual));
		List<String> missing = expected.missingFrom(actual);
		missing.forEach(m -> System.out.println("  PDF missing " + m));
		assertThat(missing).isEmpty();
	}

	private static String name(Path seed, String extension) {
		return seed.getFileName().toString().replace(".txt", "." + extension);
	}

}
