package eu.lac.alliance.importer.layout.chairs;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedMembership;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Chairs' conclusions the importer has not seen: other policy areas, languages, markup
 * and line endings.
 */
class ChairsConclusionsVariantsTest {

	private final ChairsConclusionsParser parser = new ChairsConclusionsParser();

	static SourceText variant(String name) {
		String path = "variants/chairs-conclusions/" + name;
		return SourceText.of(name, ExpectedItems.read(ExpectedItems.resource(path)));
	}

	private ParsedDocument parse(SourceText text) {
		return parser.parse(text, ParseContext.reference());
	}

	@Test
	void anotherPolicyAreaWithSpanishLabelsAndNumbersRunTogetherIsReadInFull() {
		ParsedDocument document = parse(variant("data-governance-montevideo.txt"));
		var dialogue = document.dialogue();
		assertThat(dialogue.title()).isEqualTo("EU-LAC High Level Dialogue on Data Governance");
		assertThat(dialogue.kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(dialogue.start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 3, 12)));
		assertThat(dialogue.end()).isEqualTo(PartialDate.day(LocalDate.of(2025, 3, 13)));
		assertThat(dialogue.city()).isEqualTo("Montevideo");
		assertThat(dialogue.countryCode()).isEqualTo("UY");
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::role)
			.containsExactly(tuple("UY", ParticipantRole.CO_CHAIR), tuple("ES", ParticipantRole.CO_CHAIR));
		assertThat(document.policyAreas()).extracting(area -> area.name()).containsExactly("Data Governance");
		assertThat(document.objectives())
			.extracting(ParsedObjective::code, ParsedObjective::title, ParsedObjective::text, ParsedObjective::scope)
			.containsExactly(
					tuple(null, null,
							"EU and LAC data governance frameworks enable trusted, free and safe data flows for "
									+ "citizens, businesses and governments.",
							ObjectiveScope.OVERALL),
					tuple(null, null, "A bi-regional data governance network that shares expertise and tools.",
							ObjectiveScope.MODE_OF_ACTION),
					tuple("1", "Regulatory level", "Align data protection and data sharing rules between both regions",
							ObjectiveScope.ACTION_AREA),
					tuple("2", "Nivel técnico", "Build interoperable data infrastructures",
							ObjectiveScope.ACTION_AREA));
		ExpectedItems.assertMatch(document.actionItems(), "expected/chairs-conclusions-data-governance.tsv");
		assertThat(document.members()).extracting(ParsedMembership::countryCode, ParsedMembership::year)
			.containsExactly(tuple("BO", 2025));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void spanishConclusionsNumberUnnumberedListItemsByTheirPlace() {
		ParsedDocument document = parse(variant("gobierno-digital-panama.txt"));
		var dialogue = document.dialogue();
		assertThat(dialogue.title()).isEqualTo("Diálogo de Alto Nivel UE-ALC sobre Gobierno Digital");
		assertThat(dialogue.kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(dialogue.start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 6, 3)));
		assertThat(dialogue.end()).isEqualTo(PartialDate.day(LocalDate.of(2025, 6, 4)));
		assertThat(dialogue.city()).isEqualTo("Ciudad de Panamá");
		assertThat(dialogue.countryCode()).isEqualTo("PA");
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::organisation)
			.containsExactly(tuple("PA", null), tuple(null, "European Commission"));
		assertThat(document.policyAreas()).extracting(area -> area.name()).containsExactly("e-Governance");
		assertThat(document.objectives()).extracting(ParsedObjective::scope, ParsedObjective::code)
			.containsExactly(tuple(ObjectiveScope.OVERALL, null), tuple(ObjectiveScope.MODE_OF_ACTION, null),
					tuple(ObjectiveScope.ACTION_AREA, "I"));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::parentCode, ParsedActionItem::category,
					ParsedActionItem::description, ParsedActionItem::lines)
			.containsExactly(
					tuple("1", null, ActionItemCategory.INFORMATION_SHARING,
							"Compartir buenas prácticas sobre identidad digital con la CEPAL.", LineSpan.of(11)),
					tuple("2", null, ActionItemCategory.INFORMATION_SHARING,
							"Intercambiar experiencias sobre interoperabilidad.", LineSpan.of(11)),
					tuple("3", null, ActionItemCategory.CAPACITY_BUILDING, "Formar a funcionarios públicos en:",
							LineSpan.of(12)),
					tuple("3.a", "3", ActionItemCategory.CAPACITY_BUILDING, "diseño de servicios", LineSpan.of(12)),
					tuple("3.b", "3", ActionItemCategory.CAPACITY_BUILDING, "ciberseguridad básica.", LineSpan.of(12)),
					tuple("4", null, ActionItemCategory.JOINT_INITIATIVE,
							"Crear una comunidad de práctica birregional con el BID.", LineSpan.of(13)));
		assertThat(document.organisations()).extracting(ParsedOrganisation::name)
			.containsExactly("European Commission", "Economic Commission for Latin America and the Caribbean",
					"Inter-American Development Bank");
	}

	@Test
	void aMarkdownConversionWithPipeRowsIsReadLikeTheTabbedOne() {
		ParsedDocument document = parse(variant("markdown-pipe-table.txt"));
		var dialogue = document.dialogue();
		assertThat(dialogue.title()).isEqualTo("EU-LAC High-Level Policy Dialogue on Cybersecurity");
		assertThat(dialogue.start()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 14)));
		assertThat(dialogue.end()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 16)));
		assertThat(dialogue.city()).isEqualTo("Santo Domingo");
		assertThat(dialogue.countryCode()).isEqualTo("DO");
		assertThat(dialogue.lines()).isEqualTo(new LineSpan(1, 3));
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode, ParsedParty::organisation)
			.containsExactly(tuple("DO", null), tuple(null, "European Commission"));
		assertThat(document.objectives()).extracting(ParsedObjective::code, ParsedObjective::text)
			.containsExactly(tuple(null, "Cyber resilient societies in both regions."),
					tuple("I", "Reinforce cyber diplomacy"));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::description)
			.containsExactly(tuple("1", ActionItemCategory.INFORMATION_SHARING, "Share good practices with the OAS."),
					tuple("2", ActionItemCategory.INFORMATION_SHARING, "Map national points of contact."),
					tuple("3", ActionItemCategory.JOINT_INITIATIVE, "Organise an annual meeting of cyber diplomats."));
		assertThat(document.members()).extracting(ParsedMembership::countryCode, ParsedMembership::year)
			.containsExactly(tuple("BZ", 2024));
		assertThat(document.organisations()).extracting(ParsedOrganisation::name)
			.contains("European Commission", "Organization of American States");
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void withoutAnOpeningSentenceTheOverallObjectiveLabelNamesTheDialogue() {
		String seed = ChairsConclusionsSeedTest.seed().text();
		String withoutOpening = seed.lines()
			.map(line -> line.startsWith("The EU-LAC High Level Dialogue") ? "" : line)
			.reduce((a, b) -> a + "\n" + b)
			.orElseThrow();
		ParsedDocument document = parse(SourceText.of("no-opening.txt", withoutOpening));
		assertThat(document.dialogue().title())
			.isEqualTo("Digital Alliance High-Level Policy Dialogue on Cybersecurity");
		assertThat(document.dialogue().kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(document.dialogue().city()).isNull();
		assertThat(document.dialogue().lines()).isEqualTo(LineSpan.of(15));
		assertThat(document.policyAreas()).extracting(area -> area.name()).containsExactly("Cybersecurity");
		ExpectedItems.assertMatch(document.actionItems(), "expected/chairs-conclusions-001.tsv");
		// issue 6: the seed's "21 governments" against its footnote's 20 is a warning
		assertThat(document.warningTexts()).containsExactly(
				"line 15: expected the dialogue named in the opening text but found it only in a row label",
				"line 9: says 21 governments joined the Alliance, but the document lists 20 countries that joined in 2023 "
						+ "(line 18); recorded the 20 listed");
	}

	@Test
	void crlfAndExtraSpacesGiveTheSameItemsAsTheSeed() {
		String seed = ChairsConclusionsSeedTest.seed().text();
		String padded = String.join("\r\n",
				seed.lines().map(line -> line.isBlank() ? line : "  " + line + " \t ").toList()) + "\r\n";
		ParsedDocument document = parse(SourceText.of("padded-crlf.txt", padded));
		ExpectedItems.assertMatch(document.actionItems(), "expected/chairs-conclusions-001.tsv");
		assertThat(document.members()).hasSize(24);
		assertThat(document.dialogue().city()).isEqualTo("Santo Domingo");
	}

	@Test
	void scriptsHandlersAndEscapedMarkupInCellsComeOutAsPlainText() {
		ParsedDocument document = parse(variant("script-in-cells.txt"));
		List<String> texts = Stream
			.concat(document.actionItems().stream().flatMap(item -> Stream.of(item.title(), item.description())),
					document.objectives().stream().map(ParsedObjective::text))
			.toList();
		assertThat(texts).isNotEmpty()
			.allSatisfy(text -> assertThat(text).doesNotContainPattern("[<>]")
				.doesNotContainIgnoringCase("script")
				.doesNotContainIgnoringCase("onclick")
				.doesNotContainIgnoringCase("alert")
				.doesNotContainIgnoringCase("javascript")
				.doesNotContainIgnoringCase("evil")
				.doesNotContain("color"));
		assertThat(document.actionItems()).extracting(ParsedActionItem::code, ParsedActionItem::description)
			.containsExactly(tuple("1", "Share mapping data on broadband coverage."),
					tuple("2", "Exchange regulatory experience on spectrum."),
					tuple("3", "Build a joint observatory."));
		assertThat(document.objectives()).extracting(ParsedObjective::text)
			.containsExactly("Secure connectivity for all.", "Close the connectivity gap");
	}

	@Test
	void numbersOutOfSequenceAreKeptAndReported() {
		ParsedDocument document = parse(variant("numbers-out-of-sequence.txt"));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::objectiveCode, ParsedActionItem::category)
			.containsExactly(tuple("1", "I", ActionItemCategory.INFORMATION_SHARING),
					tuple("2", "I", ActionItemCategory.CAPACITY_BUILDING),
					tuple("4", "I", ActionItemCategory.CAPACITY_BUILDING),
					tuple("3", "I", ActionItemCategory.JOINT_INITIATIVE),
					tuple("5", "I", ActionItemCategory.JOINT_INITIATIVE),
					tuple("II-1", "II", ActionItemCategory.INFORMATION_SHARING));
		assertThat(document.warningTexts()).contains("line 11: expected action 3 but found 4 (numbers out of sequence)",
				"line 12: expected action 5 but found 3 (numbers out of sequence)",
				"line 17: expected a new action number but found 1 again; coded it II-1");
		assertThat(document.dialogue().city()).isEqualTo("Santiago de Chile");
		assertThat(document.dialogue().countryCode()).isEqualTo("CL");
		assertThat(document.policyAreas()).extracting(area -> area.name()).containsExactly("Artificial Intelligence");
	}

	@Test
	void aCopyCutInsideAnActionKeepsWhatCameBeforeAndSaysItMayBeCutShort() {
		ParsedDocument document = parse(variant("seed-truncated-mid-action-7.txt"));
		assertThat(document.actionItems()).extracting(ParsedActionItem::code)
			.containsExactly("1", "2", "2.a", "2.b", "2.c", "2.d", "3", "4", "5", "6", "7");
		ParsedDocument whole = new ChairsConclusionsParser().parse(ChairsConclusionsSeedTest.seed(),
				ParseContext.reference());
		assertThat(document.actionItems().subList(0, 10)).isEqualTo(whole.actionItems().subList(0, 10));
		assertThat(document.objectives()).extracting(ParsedObjective::code).containsExactly(null, null, "I", "II");
		// issue 6: the seed's "21 governments" against its footnote's 20 is a warning
		assertThat(document.warningTexts()).hasSize(2);
		assertThat(document.warningTexts().get(0)).startsWith("line 44: expected action 7 to end with a full stop");
		assertThat(document.warningTexts().get(1)).startsWith("line 9: says 21 governments joined the Alliance");
	}

}
