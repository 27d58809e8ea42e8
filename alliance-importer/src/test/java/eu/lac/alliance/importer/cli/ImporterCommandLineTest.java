package eu.lac.alliance.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.lac.alliance.importer.formats.SeedDocuments;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dry-run JSON contract of {@code alliance-importer.jar}, as docs/importer.md
 * describes it.
 */
class ImporterCommandLineTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	@TempDir
	Path temp;

	@Test
	void aDryRunOfTheSeedsWritesOneEntryPerFileInOrderWithTheContractsFields() throws IOException {
		List<String> args = new ArrayList<>(List.of("--dry-run", "--json"));
		try (var files = Files.list(SEEDS)) {
			files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
		}
		Result result = run(args.toArray(String[]::new));

		assertThat(result.status).isZero();
		JsonNode documents = JsonMapper.builder().build().readTree(result.out).get("documents");
		assertThat(documents).hasSize(5);
		List<String> formats = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			JsonNode document = documents.get(i);
			assertThat(document.get("file").asString()).isEqualTo(args.get(i + 2));
			assertThat(document.get("error").isNull()).isTrue();
			for (String field : List.of("title", "startDate", "endDate", "city", "country")) {
				assertThat(document.get("dialogue").has(field)).as(field).isTrue();
			}
			for (String field : List.of("policyAreas", "actionItems", "members", "organisations")) {
				assertThat(document.get(field).isArray()).as(field).isTrue();
			}
			for (JsonNode item : document.get("actionItems")) {
				for (String field : List.of("code", "title", "category", "parentCode", "policyArea",
						"interestedCountries", "interestedOrganisations", "deadline", "sourceLines")) {
					assertThat(item.has(field)).as(field).isTrue();
				}
				assertThat(item.get("sourceLines")).hasSize(2);
			}
			formats.add(document.get("format").asString());
		}
		assertThat(formats).containsExactly("operational-conclusions", "chairs-conclusions", "press-release",
				"operational-takeaways", "forum-summary");
		JsonNode press = documents.get(2).get("dialogue");
		assertThat(press.get("startDate").asString()).isEqualTo("2024-02-14");
		assertThat(press.get("endDate").asString()).isEqualTo("2024-02-16");
		assertThat(press.get("country").asString()).isEqualTo("DO");
		JsonNode members = documents.get(1).get("members");
		assertThat(members).hasSize(24);
	}

	@Test
	void aFileThatCannotBeParsedIsReportedWithItsErrorAndTheOthersStillAre() throws IOException {
		Path binary = temp.resolve("scan.pdf");
		Files.write(binary, new byte[] { '%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3, (byte) 0xFF });
		Path takeaways = SEEDS.resolve("003_1ae2039a599a6bab.txt");

		Result result = run("--dry-run", "--json", binary.toString(), takeaways.toString(), "no-such-file.txt");

		assertThat(result.status).isEqualTo(1);
		JsonNode documents = JsonMapper.builder().build().readTree(result.out).get("documents");
		assertThat(documents).hasSize(3);
		assertThat(documents.get(0).get("error").asString()).contains("scan.pdf");
		assertThat(documents.get(1).get("error").isNull()).isTrue();
		assertThat(documents.get(1).get("actionItems")).hasSize(17);
		assertThat(documents.get(2).get("error").asString()).contains("no-such-file.txt");
	}

	@Test
	void withoutDryRunTheFilesAreImportedAndAnUnderstoodFileImportedTwiceIsUnchanged() throws IOException {
		Path chairs = SEEDS.resolve("001_0a6d16b983599f06.txt");
		Path notes = temp.resolve("notes.txt");
		Files.writeString(notes, "Shopping list\nmilk\n");

		Result result = run(chairs.toString(), notes.toString(), chairs.toString());

		assertThat(result.status).isEqualTo(1);
		assertThat(result.out)
			.contains(chairs + ": imported into 'EU-LAC High Level Dialogue on Cybersecurity' (new dialogue)")
			.contains("actionItems    24 created")
			.contains("notes.txt, line 1: expected a document in one of the known layouts")
			.contains("(nothing was imported from this file)")
			.contains(chairs + ": unchanged, already imported as");
	}

	@Test
	void withoutFilesItPrintsUsageAndExitsWith2() {
		Result result = run("--dry-run");
		assertThat(result.status).isEqualTo(2);
		assertThat(result.err).contains("usage:");
	}

	@Test
	void wordAndPdfVersionsOfASeedGiveTheSameJsonAsTheText() throws IOException {
		Path seed = SEEDS.resolve("003_1ae2039a599a6bab.txt");
		Path docx = temp.resolve("takeaways.docx");
		Path pdf = temp.resolve("takeaways.pdf");
		Files.write(docx, SeedDocuments.docx(Files.readString(seed)));
		Files.write(pdf, SeedDocuments.pdf(Files.readString(seed)));

		Result result = run("--dry-run", "--json", seed.toString(), docx.toString(), pdf.toString());

		assertThat(result.status).isZero();
		JsonNode documents = JsonMapper.builder().build().readTree(result.out).get("documents");
		assertThat(documents).hasSize(3);
		for (int i = 1; i < 3; i++) {
			assertThat(documents.get(i).get("format").asString()).isEqualTo("operational-takeaways");
			assertThat(withoutLines(documents.get(i).get("actionItems")))
				.isEqualTo(withoutLines(documents.get(0).get("actionItems")));
			assertThat(documents.get(i).get("dialogue").get("title"))
				.isEqualTo(documents.get(0).get("dialogue").get("title"));
		}
	}

	/** Line numbers differ where the Word document keeps a footnote after its table. */
	private static String withoutLines(JsonNode node) {
		return node.toString().replaceAll("\"sourceLines\":\\[\\d+,\\d+\\]", "");
	}

	private static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ImporterCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Result(int status, String out, String err) {
	}

}
