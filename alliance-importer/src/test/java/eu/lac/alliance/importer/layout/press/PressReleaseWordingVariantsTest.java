package eu.lac.alliance.importer.layout.press;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedText;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * News pages that word the co-chairs, the attendance, the topic and the end of the story
 * otherwise than the seed: "chaired jointly by", "co-hosted by", "under the
 * co-chairmanship of", "copresidido por ..., y reunió a ...", "pelo Brasil e pela
 * Comissão", "two hundred participants", "conectividade de 3 a 5 de junho", "Press
 * contacts" and cookie banners.
 */
class PressReleaseWordingVariantsTest {

	private static final Path VARIANTS = TEST_RESOURCES.resolve("variants/press-release");

	private static final ParseContext CONTEXT = ParseContext.reference();

	private final PressReleaseParser parser = new PressReleaseParser();

	private ParsedDocument parse(String variant) throws IOException {
		return parser.parse(decode(VARIANTS.resolve(variant)), CONTEXT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "press-corner-chaired-jointly-sao-paulo.txt", "delegation-co-hosted-cookies-bogota.txt",
			"copresidido-y-reunio-santiago-es.txt", "conectividade-de-3-a-5-brasilia-pt.txt",
			"co-chairmanship-two-hundred-montevideo.txt", "dateline-year-days-without-year-brussels.txt",
			"html-entities-nbsp-panama.txt", "whole-html-page-santiago.html", "co-chairs-in-apposition-santiago.txt" })
	void theVariantsAreRecognisedAsPressReleases(String variant) throws IOException {
		assertThat(parser.recognise(decode(VARIANTS.resolve(variant)))).isGreaterThanOrEqualTo(50);
	}

	@Test
	void aPressCornerReleaseChairedJointlyWithItsQuotesAndPressContacts() throws IOException {
		ParsedDocument document = parse("press-corner-chaired-jointly-sao-paulo.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC High-Level Dialogue on Connectivity");
		assertThat(dialogue.kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(dialogue.city()).isEqualTo("São Paulo");
		assertThat(dialogue.countryCode()).isEqualTo("BR");
		assertThat(dialogue.participantCount()).isEqualTo(300);
		assertThat(dialogue.coChairs())
			.extracting(ParsedParty::countryCode, ParsedParty::organisation, ParsedParty::agencies)
			.containsExactly(tuple(null, "European Commission", List.of("Commissioner Jozef Síkela")),
					tuple("BR", null, List.of("Minister Juscelino Filho")));
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name).containsExactly("Connectivity");
		assertThat(document.themes()).extracting(ParsedText::text)
			.containsExactly("submarine cables", "rural broadband", "spectrum policy");
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void aDelegationPageCoHostedWithSomeEightyExpertsAndACookieBanner() throws IOException {
		ParsedDocument document = parse("delegation-co-hosted-cookies-bogota.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC Policy Dialogue on Cybersecurity");
		assertThat(dialogue.kind()).isEqualTo(DialogueKind.POLICY_DIALOGUE);
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2024, 11, 5));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2024, 11, 6));
		assertThat(dialogue.city()).isEqualTo("Bogotá");
		assertThat(dialogue.countryCode()).isEqualTo("CO");
		assertThat(dialogue.participantCount()).isEqualTo(80);
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::organisation)
			.containsExactly(tuple("CO", null), tuple(null, "European Union"));
		assertThat(document.themes()).extracting(ParsedText::text)
			.containsExactly("incident response", "capacity building");
		assertThat(String.join("\n", document.warningTexts())).doesNotContain("cookie");
	}

	@Test
	void aSpanishStoryWhoseCoChairsRunIntoTheRestOfTheSentence() throws IOException {
		ParsedDocument document = parse("copresidido-y-reunio-santiago-es.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC High-Level Dialogue on Artificial Intelligence");
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2024, 11, 5));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2024, 11, 6));
		assertThat(dialogue.city()).isEqualTo("Santiago de Chile");
		assertThat(dialogue.countryCode()).isEqualTo("CL");
		assertThat(dialogue.participantCount()).isEqualTo(200);
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::organisation)
			.containsExactly(tuple("CL", null), tuple(null, "European Commission"));
		assertThat(document.organisations()).extracting(o -> o.name()).containsExactly("European Commission");
		assertThat(document.themes()).extracting(ParsedText::text)
			.containsExactly("gobernanza de la IA", "infraestructura de supercomputación", "modelos de lenguaje");
	}

	@Test
	void aPortugueseStoryWhoseTopicIsFollowedByItsDatesAndCoChairsByPeloAndPela() throws IOException {
		ParsedDocument document = parse("conectividade-de-3-a-5-brasilia-pt.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC High-Level Dialogue on Connectivity");
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name).containsExactly("Connectivity");
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(dialogue.city()).isEqualTo("Brasília");
		assertThat(dialogue.countryCode()).isEqualTo("BR");
		assertThat(dialogue.participantCount()).isEqualTo(150);
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::organisation)
			.containsExactly(tuple("BR", null), tuple(null, "European Commission"));
		assertThat(document.organisations()).extracting(o -> o.name()).containsExactly("European Commission");
	}

	@Test
	void americanDatesTheCoChairmanshipAndAnAttendanceInWords() throws IOException {
		ParsedDocument document = parse("co-chairmanship-two-hundred-montevideo.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC Policy Dialogue on Data Governance");
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(dialogue.city()).isEqualTo("Montevideo");
		assertThat(dialogue.countryCode()).isEqualTo("UY");
		assertThat(dialogue.participantCount()).isEqualTo(200);
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::organisation)
			.containsExactly(tuple("UY", null), tuple(null, "European Commission"));
	}

	@Test
	void theStoryEndsAtPressContactsAndForMoreInformation() {
		String page = String.join("\n", "Press corner > Press release", "", "Digital dialogue", "",
				"The EU-LAC Digital Alliance held a policy dialogue on cybersecurity in Panama City, Panama, "
						+ "with ministries of both regions, who exchanged practices on incident response.",
				"", "Press contacts", "", "Meeting held in Lima, Peru on 3-4 March 2025 with 900 participants");

		ParsedDialogue dialogue = parser.parse(SourceText.of("page.txt", page), CONTEXT).dialogue();

		assertThat(dialogue.start()).isNull();
		assertThat(dialogue.participantCount()).isNull();
		assertThat(dialogue.countryCode()).isEqualTo("PA");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Two hundred participants attended.|200", "some two hundred and fifty delegates came|250",
					"a thousand people joined|1000", "reunió a doscientos cincuenta participantes|250",
					"reuniu duzentas pessoas|200", "fifty experts|50", "two experts presented the results|",
					"a diverse group of experts|", "over 150 senior government representatives|150",
					"The event featured 40 speakers and gathered over 400 participants.|400",
					"Contó con 25 ponentes y más de 300 participantes.|300", "with 35 speakers|35" })
	void attendanceWrittenInWordsCountsFromTwenty(String text, Integer expected) {
		assertThat(Attendance.in(text).map(Attendance::count).orElse(null)).isEqualTo(expected);
	}

	@Test
	void daysWrittenWithoutTheirYearTakeTheYearOfTheDateline() throws IOException {
		ParsedDocument document = parse("dateline-year-days-without-year-brussels.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC Policy Dialogue on Artificial Intelligence");
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2025, 2, 14));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2025, 2, 15));
		assertThat(dialogue.city()).isEqualTo("Brussels");
		assertThat(dialogue.countryCode()).isEqualTo("BE");
		assertThat(dialogue.participantCount()).isEqualTo(90);
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::organisation)
			.containsExactly(tuple(null, "European Commission"), tuple("CL", null));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void entitiesAndNonBreakingSpacesOfHtmlParagraphsReadAsSpaces() throws IOException {
		ParsedDocument document = parse("html-entities-nbsp-panama.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC Policy Dialogue on e-Governance");
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2024, 11, 5));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2024, 11, 6));
		assertThat(dialogue.city()).isEqualTo("Ciudad de Panamá");
		assertThat(dialogue.countryCode()).isEqualTo("PA");
		assertThat(dialogue.participantCount()).isEqualTo(120);
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::organisation)
			.containsExactly(tuple("PA", null), tuple(null, "European Commission"));
	}

	@Test
	void aWholeHtmlPageWithScriptAndRelatedNewsGivesOnlyItsStory() throws IOException {
		ParsedDocument document = parse("whole-html-page-santiago.html");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC High-Level Dialogue on Connectivity");
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(dialogue.city()).isEqualTo("Santiago de Chile");
		assertThat(dialogue.countryCode()).isEqualTo("CL");
		assertThat(dialogue.participantCount()).isEqualTo(300);
		assertThat(document.themes()).extracting(ParsedText::text)
			.containsExactly("submarine cables", "rural broadband");
	}

	@Test
	void coChairsNamedWithTheirOfficeInAppositionBecomeTheirCountryAndOrganisation() throws IOException {
		ParsedDocument document = parse("co-chairs-in-apposition-santiago.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.coChairs())
			.extracting(ParsedParty::countryCode, ParsedParty::organisation, ParsedParty::agencies)
			.containsExactly(tuple("CL", null, List.of("Aisén Etcheverry")),
					tuple(null, "Directorate-General for Communications Networks, Content and Technology",
							List.of("Roberto Viola")));
		assertThat(document.organisations()).extracting(o -> o.name())
			.containsExactly("Directorate-General for Communications Networks, Content and Technology");
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(dialogue.city()).isEqualTo("Santiago");
		assertThat(dialogue.countryCode()).isEqualTo("CL");
		assertThat(dialogue.participantCount()).isEqualTo(1200);
	}

	@Test
	void aPortugueseStoryNamingTheDialogueWithUeAlcAndItsCoChairsWithDeAndDo() throws IOException {
		ParsedDocument document = parse("dialogo-politico-ue-alc-sob-a-copresidencia-lisboa-pt.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC High-Level Political Dialogue on Artificial Intelligence");
		assertThat(dialogue.kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name)
			.containsExactly("Artificial Intelligence");
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(dialogue.city()).isEqualTo("Lisboa");
		assertThat(dialogue.countryCode()).isEqualTo("PT");
		assertThat(dialogue.participantCount()).isEqualTo(200);
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::organisation)
			.containsExactly(tuple("PT", null), tuple("BR", null));
		assertThat(document.organisations()).isEmpty();
		assertThat(document.themes()).extracting(ParsedText::text)
			.containsExactly("governação da IA", "computação de alto desempenho", "modelos de linguagem");
	}

	@Test
	void betweenTheThirdAndTheFifthAndPillarsNumberedInBrackets() throws IOException {
		ParsedDocument document = parse("between-the-3rd-and-the-5th-numbered-pillars-kingston.txt");
		ParsedDialogue dialogue = document.dialogue();

		assertThat(dialogue.title()).isEqualTo("EU-LAC Policy Dialogue on Digital Skills");
		assertThat(dialogue.start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(dialogue.end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(dialogue.city()).isEqualTo("Kingston");
		assertThat(dialogue.countryCode()).isEqualTo("JM");
		assertThat(dialogue.participantCount()).isEqualTo(75);
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode).containsExactly("JM", "ES");
		assertThat(document.themes()).extracting(ParsedText::text)
			.containsExactly("basic digital literacy", "advanced skills", "teachers' training", "inclusion of women");
		assertThat(document.warningTexts()).isEmpty();
	}

}
