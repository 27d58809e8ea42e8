package eu.lac.alliance.importer.layout.forum;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.layout.LayoutParserChecks;
import eu.lac.alliance.importer.layout.ParsedFacts;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.SEEDS;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForumSummaryParserTest {

	private static final Path VARIANTS = TEST_RESOURCES.resolve("variants/forum-summary");

	private static final String SEED = "004_308d54a85c3d8896.txt";

	private static final ParseContext CONTEXT = ParseContext.reference();

	private final ForumSummaryParser parser = new ForumSummaryParser();

	private final LayoutParserChecks checks = new LayoutParserChecks(parser, CONTEXT);

	@Test
	void theSeedForumSummaryGivesEveryExpectedFact() throws IOException {
		ParsedDocument document = parser.parse(decode(SEEDS.resolve(SEED)), CONTEXT);

		assertThat(ParsedFacts.of(document)).containsExactlyElementsOf(
				ParsedFacts.expected(TEST_RESOURCES.resolve("expected/forum-summary/004_308d54a85c3d8896.tsv")));
		assertThat(document.layout()).isEqualTo(Layout.FORUM_SUMMARY);
		assertThat(document.contentHash()).hasSize(64);
	}

	@Test
	void telefonicaArrivesRepairedAndResolvedThroughTheDirectory() throws IOException {
		ParsedDocument document = parser.parse(decode(SEEDS.resolve(SEED)), CONTEXT);

		assertThat(document.organisations()).filteredOn(o -> o.name().equals("Telefónica"))
			.singleElement()
			.extracting(ParsedOrganisation::known, ParsedOrganisation::countryCode)
			.containsExactly(true, "ES");
		assertThat(document.organisations()).extracting(ParsedOrganisation::name)
			.noneMatch(name -> name.contains("√"))
			.doesNotContain("EU Member States", "LAC governments", "multilateral banks", "development agencies");
	}

	@Test
	void aVariantWithSpanishHeadingsCrlfAndMarkupGivesItsExpectedFacts() throws IOException {
		ParsedDocument document = parser.parse(decode(VARIANTS.resolve("foro-datos-panama-es.md")), CONTEXT);

		assertThat(ParsedFacts.of(document))
			.containsExactlyElementsOf(ParsedFacts.expected(VARIANTS.resolve("foro-datos-panama-es.expected.tsv")));
		assertThat(String.join("\n", ParsedFacts.of(document))).doesNotContain("<", "onclick", "track()",
				"document.write", "Lima");
	}

	@Test
	void theSeedScoresHighAndTheOtherSeedsScoreNothing() throws IOException {
		checks.recognisesTheSeedAndNoOther(SEED, 80);
		assertThat(parser.recognise(decode(VARIANTS.resolve("foro-datos-panama-es.md")))).isGreaterThanOrEqualTo(80);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					EU-LAC Multi-Stakeholder Forum on Cybersecurity and Secure Connectivity Summary | EU-LAC Multi-Stakeholder Forum on Cybersecurity and Secure Connectivity
					Foro UE-ALC sobre Conectividad – Resumen                                        | Foro UE-ALC sobre Conectividad
					Summary of the EU-LAC Forum on Data Governance                                  | EU-LAC Forum on Data Governance
					Summary                                                                         | Summary
					""")
	void theTitleDropsTheWordSummary(String heading, String title) {
		assertThat(ForumSummaryParser.title(heading)).isEqualTo(title);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Practical Applications   | PRACTICAL_APPLICATIONS
			Aplicaciones prácticas   | PRACTICAL_APPLICATIONS
			Commitments              | COMMITMENTS
			Compromisos              | COMMITMENTS
			Compromissos assumidos   | COMMITMENTS
			Next steps               | NEXT_STEPS
			Próximos pasos           | NEXT_STEPS
			Actors                   | ACTORS
			Actores                  | ACTORS
			Main Themes              | THEMES
			Temas principales        | THEMES
			Executive Summary        | SUMMARY
			Multi-stakeholder commitments | COMMITMENTS
			Annex                    | OTHER
			""")
	void sectionHeadingsAreReadByMeaning(String heading, SectionMeaning meaning) {
		assertThat(SectionMeaning.of(heading)).isEqualTo(meaning);
	}

	@Test
	void aLongBulletIsTitledByItsFirstClause() {
		String bullet = "- Creation of a joint observatory on cyber incidents affecting critical infrastructure in both regions, "
				+ "hosted by LAC4 and supported by ENISA, with yearly reports to ministers and a public dashboard of incidents, "
				+ "by the end of 2025.";
		String markdown = "# Forum on Cybersecurity\n\n## Commitments\n\n" + bullet + "\n";

		ParsedDocument document = parser.parse(SourceText.of("long.md", markdown), CONTEXT);

		assertThat(document.actionItems()).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo(
					"Creation of a joint observatory on cyber incidents affecting critical infrastructure in both regions");
			assertThat(item.deadline().wording()).isEqualTo("by the end of 2025");
			assertThat(item.lines().first()).isEqualTo(5);
		});
	}

	@Test
	void aSummaryWithoutATitleIsRefusedNamingTheFirstLine() {
		SourceText text = SourceText.of("untitled.md",
				"\n**Date**: 2024-10-23\n\n| a | b |\n| --- | --- |\n| c | d |\n");

		assertThatThrownBy(() -> parser.parse(text, CONTEXT)).isInstanceOf(ParseFailure.class)
			.hasMessage("untitled.md, line 2: expected a Markdown title ('# ...') naming the forum but found "
					+ "'**Date**: 2024-10-23'");
	}

	@Test
	void aTruncatedSummaryGivesASmallResult() throws IOException {
		List<String> lines = decode(SEEDS.resolve(SEED)).lines().subList(0, 24);

		ParsedDocument document = parser.parse(SourceText.of(SEED, String.join("\n", lines)), CONTEXT);

		assertThat(document.dialogue().city()).isEqualTo("Madrid");
		assertThat(document.actionItems()).isEmpty();
		assertThat(document.organisations()).extracting(ParsedOrganisation::name).contains("Telefónica");
	}

	@Test
	void shuffledAndRandomTextGivesAParseFailureOrAResultButNothingElse() throws IOException {
		checks.readsOrRefusesShuffledCutsAndNoise(decode(SEEDS.resolve(SEED)).lines(), 11, 3000, ".md", "# ");
	}

	@Test
	void aFiveMegabyteSummaryIsReadInSeconds() throws IOException {
		List<String> lines = decode(SEEDS.resolve(SEED)).lines();
		StringBuilder markdown = new StringBuilder(String.join("\n", lines));
		String commitments = String.join("\n", lines.subList(44, 46));
		while (markdown.length() < 5_000_000) {
			markdown.append('\n').append(commitments);
		}
		SourceText big = SourceText.of("big.md", markdown.toString());

		// a guard against super-linear reading, not a speed measure (the benchmark
		// measures): 10,000 items
		// now carry actors, an aim and further deadlines, about 12 s on the idle 2-core
		// machine
		ParsedDocument document = checks.parseWithin(LayoutParserChecks.BLOW_UP_GUARD, big);

		assertThat(document.actionItems().size()).isGreaterThan(10_000);
	}

	@Test
	void pathologicalLinesStayLinear() {
		String markdown = "# " + "Forum on ".repeat(50_000) + "-".repeat(200_000) + " Summary\n\n**Date**: "
				+ "5 ".repeat(100_000) + "\n\n## Actors\n\n| Category | Actor |\n| --- | --- |\n| Economic | "
				+ "Acme (".repeat(50_000) + " |\n\n" + "## Commitments\n\n- " + "by Q2 ".repeat(100_000) + "\n";

		checks.readOrRefuseWithin(LayoutParserChecks.BLOW_UP_GUARD, SourceText.of("odd.md", markdown));
	}

}
