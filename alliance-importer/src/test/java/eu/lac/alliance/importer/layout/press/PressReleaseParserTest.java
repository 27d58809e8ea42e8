package eu.lac.alliance.importer.layout.press;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.layout.LayoutParserChecks;
import eu.lac.alliance.importer.layout.ParsedFacts;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedParty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.SEEDS;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PressReleaseParserTest {

	private static final Path VARIANTS = TEST_RESOURCES.resolve("variants/press-release");

	private static final Path EXPECTED = TEST_RESOURCES.resolve("expected/press-release");

	private static final String SEED = "002_8101de193ffe7200.txt";

	private static final ParseContext CONTEXT = ParseContext.reference();

	private final PressReleaseParser parser = new PressReleaseParser();

	private final LayoutParserChecks checks = new LayoutParserChecks(parser, CONTEXT);

	@Test
	void theSeedPressReleaseGivesEveryExpectedFact() throws IOException {
		ParsedDocument document = parser.parse(decode(SEEDS.resolve(SEED)), CONTEXT);

		assertThat(ParsedFacts.of(document))
			.containsExactlyElementsOf(ParsedFacts.expected(EXPECTED.resolve("002_8101de193ffe7200.tsv")));
		assertThat(document.fileName()).isEqualTo(SEED);
		assertThat(document.contentHash()).hasSize(64);
		assertThat(document.layout()).isEqualTo(Layout.PRESS_RELEASE);
		assertThat(document.members()).as("an interest in joining is no membership").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ai-dialogue-santiago", "gobernanza-datos-montevideo-es" })
	void variantsInTheSameLayoutGiveTheirExpectedFacts(String variant) throws IOException {
		ParsedDocument document = parser.parse(decode(VARIANTS.resolve(variant + ".txt")), CONTEXT);

		assertThat(ParsedFacts.of(document))
			.containsExactlyElementsOf(ParsedFacts.expected(VARIANTS.resolve(variant + ".expected.tsv")));
	}

	@Test
	void scriptsAndEventHandlersNeverReachTheResult() throws IOException {
		ParsedDocument document = parser.parse(decode(VARIANTS.resolve("ai-dialogue-santiago.txt")), CONTEXT);

		assertThat(String.join("\n", ParsedFacts.of(document))).doesNotContain("<", ">", "onclick", "alert", "tracker",
				"dataLayer", "&amp;", "Lima", "Peru");
	}

	@Test
	void datesAndPlacesOfOtherStoriesAfterTheStoryAreIgnored() {
		String page = String.join("\n", "Home > News > Digital cooperation", "", "Digital cooperation", "",
				"The EU-LAC Digital Alliance held a policy dialogue on e-governance with ministries of both regions, "
						+ "who exchanged practices on digital identity and interoperable public services.",
				"", "MORE STORIES", "", "STORY", "", "Forum held in Lima, Peru on 3-4 March 2025", "", "19.05.2025");

		ParsedDocument document = parser.parse(SourceText.of("page.txt", page), CONTEXT);

		assertThat(document.dialogue().title()).isEqualTo("EU-LAC Policy Dialogue on e-Governance");
		assertThat(document.dialogue().start()).isNull();
		assertThat(document.dialogue().city()).isNull();
		assertThat(document.dialogue().countryCode()).isNull();
		assertThat(document.warningTexts()).containsExactly(
				"line 5: expected the dates of the dialogue but the story states none",
				"line 5: expected the place of the dialogue with its country but found none");
	}

	@Test
	void coChairsNamedByPersonKeepThePersonAsAgencyWhicheverWayRoundTheBracketsGo() {
		String page = String.join("\n", "News > Dialogue", "", "Dialogue",
				"The high-level dialogue on connectivity was co-chaired by Trinidad and Tobago (Minister Hassel Bacchus), "
						+ "Roberto Viola (DG CONNECT) and Ana Pérez (Mexico). It gathered 80 experts in Port of Spain.");

		List<ParsedParty> chairs = parser.parse(SourceText.of("page.txt", page), CONTEXT).dialogue().coChairs();

		assertThat(chairs).extracting(ParsedParty::countryCode, ParsedParty::organisation, ParsedParty::agencies)
			.containsExactly(tuple("TT", null, List.of("Minister Hassel Bacchus")),
					tuple(null, "Directorate-General for Communications Networks, Content and Technology",
							List.of("Roberto Viola")),
					tuple("MX", null, List.of("Ana Pérez")));
		assertThat(chairs).allMatch(chair -> chair.role() == ParticipantRole.CO_CHAIR);
	}

	@Test
	void theSeedScoresHighAndTheOtherSeedsScoreNothing() throws IOException {
		checks.recognisesTheSeedAndNoOther(SEED, 50);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ai-dialogue-santiago.txt", "gobernanza-datos-montevideo-es.txt" })
	void variantsAreRecognisedToo(String variant) throws IOException {
		assertThat(parser.recognise(decode(VARIANTS.resolve(variant)))).isGreaterThanOrEqualTo(50);
	}

	@Test
	void aTruncatedPageGivesASmallResult() throws IOException {
		List<String> lines = decode(SEEDS.resolve(SEED)).lines().subList(0, 11);

		ParsedDocument document = parser.parse(SourceText.of(SEED, String.join("\n", lines)), CONTEXT);

		assertThat(document.dialogue().title()).isEqualTo("EU-LAC High-Level Policy Dialogue on Cybersecurity");
		assertThat(document.dialogue().coChairs()).isEmpty();
		assertThat(document.objectives()).isEmpty();
	}

	@Test
	void aPageWithoutAStoryIsRefusedNamingTheLine() {
		SourceText text = SourceText.of("menu.txt",
				"\n\nHome > News\n\nShort headline\n\nSEE ALSO\n\nSome other story");

		assertThatThrownBy(() -> parser.parse(text, CONTEXT)).isInstanceOf(ParseFailure.class)
			.hasMessage("menu.txt, line 5: expected the paragraphs of a news story but found only the line "
					+ "'Short headline' before the story ends");
	}

	@Test
	void shuffledAndRandomTextGivesAParseFailureOrAResultButNothingElse() throws IOException {
		checks.readsOrRefusesShuffledCutsAndNoise(decode(SEEDS.resolve(SEED)).lines(), 7, 2000, ".txt", "");
	}

	@Test
	void aFiveMegabytePageIsReadInSeconds() throws IOException {
		List<String> lines = decode(SEEDS.resolve(SEED)).lines();
		int seeAlso = lines.indexOf("SEE ALSO");
		String filler = String.join("\n", lines.subList(8, seeAlso));
		StringBuilder page = new StringBuilder(String.join("\n", lines.subList(0, seeAlso)));
		while (page.length() < 5_000_000) {
			page.append('\n').append(filler);
		}
		page.append('\n').append(String.join("\n", lines.subList(seeAlso, lines.size())));
		long started = System.nanoTime();

		ParsedDocument document = parser.parse(SourceText.of("big.txt", page.toString()), CONTEXT);

		assertThat(document.dialogue().participantCount()).isEqualTo(150);
		assertThat(NewsPage.read(SourceText.of("big.txt", page.toString())).body().length()).isGreaterThan(4_000_000);
		assertThat(System.nanoTime() - started).as("a blow-up guard, not a timing")
			.isLessThan(LayoutParserChecks.BLOW_UP_GUARD.toNanos());
	}

	@Test
	void pathologicalLinesStayLinear() {
		String page = "Home > News\n\nHeadline\n\n" + "Belize has an interest in joining and ".repeat(40_000)
				+ "a".repeat(1_000_000) + " pillars: " + "x, ".repeat(100_000) + "\n" + "in Madrid, ".repeat(50_000);

		// a guard against super-linear reading, not a speed measure: the meeting's own
		// sentence and the
		// names-first party reading now look at every line, about 10 s idle (14 s under
		// load)
		checks.readOrRefuseWithin(LayoutParserChecks.BLOW_UP_GUARD, SourceText.of("odd.txt", page));
	}

}
