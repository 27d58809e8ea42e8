package eu.lac.alliance.importer.layout.takeaways;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.dialogue.DatePrecision;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.layout.LayoutParserChecks;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedGroup;
import eu.lac.alliance.importer.result.ParsedMembership;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.actionItem;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.expectedRows;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.fiveMegabytes;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.read;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.seed;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.withLeftoverCarriageReturns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TakeawaysTableParserTest {

	private static final String SEED = "003_1ae2039a599a6bab.txt";

	private static final ParseContext CONTEXT = ParseContext.reference();

	private static final Path VARIANTS = TEST_RESOURCES.resolve("variants/operational-takeaways");

	private final TakeawaysTableParser parser = new TakeawaysTableParser();

	private final LayoutParserChecks checks = new LayoutParserChecks(parser, CONTEXT);

	@Test
	void everyActivityOfTheSeedMatchesTheExpectedTableFieldByField() throws IOException {
		ParsedDocument document = parseSeed();
		List<String[]> expected = expectedRows(TEST_RESOURCES.resolve("expected/operational-takeaways-003.tsv"));

		assertThat(document.actionItems()).hasSize(17).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			String[] row = expected.get(i);
			ParsedActionItem item = document.actionItems().get(i);
			assertThat(item.code()).as("code of row %d", i + 1).isEqualTo(row[0]);
			assertThat(item.objectiveCode()).as("objective of %s", row[0]).isEqualTo(row[1]);
			assertThat(item.title()).as("title of %s", row[0]).isEqualTo(row[2]);
			assertThat(item.description()).as("description of %s", row[0]).isEqualTo(row[3].replace("\\n", "\n"));
			assertThat(countries(item)).as("countries of %s", row[0]).isEqualTo(row[4]);
			assertThat(organisations(item)).as("organisations of %s", row[0]).isEqualTo(row[5]);
			assertThat(item.lines()).as("lines of %s", row[0])
				.isEqualTo(new LineSpan(Integer.parseInt(row[6]), Integer.parseInt(row[7])));
			assertThat(item.category()).isEqualTo(ActionItemCategory.ACTIVITY);
			assertThat(item.parentCode()).isNull();
			assertThat(item.policyArea()).isEqualTo("Artificial Intelligence");
			assertThat(item.deadline()).isNull();
			assertThat(item.participants()).extracting(ParsedParty::role).containsOnly(ParticipantRole.INTERESTED);
		}
	}

	@Test
	void rowsContinuedAfterAPageBreakJoinTheActivityTheyContinue() throws IOException {
		ParsedActionItem workshops = actionItem(parseSeed(), "1.1-d");

		assertThat(workshops.title()).isEqualTo(
				"Capacity building and workshops with civil servants to promote regulatory standards and convergence.");
		assertThat(workshops.description())
			.startsWith("Practical workshops to ensure in-depth understanding of the EU AI "
					+ "Act, in addition to national regulations approved or at an advanced stage of approval");
		assertThat(workshops.participants()).filteredOn(ParsedParty::isCountry)
			.extracting(ParsedParty::countryCode)
			.containsExactly("BZ", "BR", "DO", "SV", "GT", "JM", "SI", "ES", "SR", "TT", "UY");
		assertThat(workshops.lines()).isEqualTo(new LineSpan(41, 47));
	}

	@Test
	void actionAreasAndComponentsBecomeObjectivesWithTheirCodes() throws IOException {
		assertThat(parseSeed().objectives())
			.extracting(ParsedObjective::code, ParsedObjective::text, ParsedObjective::scope,
					ParsedObjective::parentCode, ParsedObjective::policyArea, ParsedObjective::lines)
			.containsExactly(
					tuple("1", "GOVERNANCE, REGULATORY CONVERGENCE AND USE CASES", ObjectiveScope.ACTION_AREA, null,
							"Artificial Intelligence", LineSpan.of(35)),
					tuple("1.1", "Support AI governance efforts in the region", ObjectiveScope.COMPONENT, "1",
							"Artificial Intelligence", LineSpan.of(37)),
					tuple("1.2", "AI Observatories and indexes", ObjectiveScope.COMPONENT, "1",
							"Artificial Intelligence", LineSpan.of(49)),
					tuple("2", "DIGITAL AND COMPUTING INFRASTRUCTURE", ObjectiveScope.ACTION_AREA, null,
							"Artificial Intelligence", LineSpan.of(54)),
					tuple("2.1", "Establish an EU-LAC AI and Supercomputing Network", ObjectiveScope.COMPONENT, "2",
							"Artificial Intelligence", LineSpan.of(55)),
					tuple("2.2", "Advance towards HPC and AI infrastructures", ObjectiveScope.COMPONENT, "2",
							"Artificial Intelligence", LineSpan.of(62)),
					tuple("3", "LLMS AND REGULATORY SANDBOXES", ObjectiveScope.ACTION_AREA, null,
							"Artificial Intelligence", LineSpan.of(66)),
					tuple("3.1", "Enhance the development of LLMs in the region", ObjectiveScope.COMPONENT, "3",
							"Artificial Intelligence", LineSpan.of(67)),
					tuple("3.2", "Enhance EU-LAC cooperation on regulatory sandboxes and testbeds for AI systems",
							ObjectiveScope.COMPONENT, "3", "Artificial Intelligence", LineSpan.of(70)));
	}

	@Test
	void theIntroductionNamesTheDialogueItsPlaceAndItsDates() throws IOException {
		var dialogue = parseSeed().dialogue();

		assertThat(dialogue.title()).isEqualTo("Second EU-LAC High-Level Political Dialogue on AI");
		assertThat(dialogue.kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(dialogue.start()).isEqualTo(PartialDate.day(LocalDate.of(2024, 11, 5)));
		assertThat(dialogue.end()).isEqualTo(PartialDate.day(LocalDate.of(2024, 11, 6)));
		assertThat(dialogue.city()).isEqualTo("Santiago de Chile");
		assertThat(dialogue.countryCode()).isEqualTo("CL");
		assertThat(dialogue.coChairs()).isEmpty();
		assertThat(dialogue.participantCount()).isNull();
		assertThat(dialogue.lines()).isEqualTo(LineSpan.of(9));
	}

	@Test
	void theHeadingGivesThePolicyArea() throws IOException {
		assertThat(parseSeed().policyAreas()).singleElement().satisfies(area -> {
			assertThat(area.name()).isEqualTo("Artificial Intelligence");
			assertThat(area.objective()).isNull();
			assertThat(area.coLeads()).extracting(ParsedParty::organisation, ParsedParty::role)
				.containsExactly(tuple("Cooperativa Sula Batsú", ParticipantRole.ACTOR),
						tuple("Electronic Frontier Foundation", ParticipantRole.ACTOR),
						tuple("TEDIC", ParticipantRole.ACTOR), tuple("Wikimedia Foundation", ParticipantRole.ACTOR),
						tuple("YouthLACIGF", ParticipantRole.ACTOR), tuple("Derechos Digitales", ParticipantRole.ACTOR),
						tuple("Access Now", ParticipantRole.ACTOR));
			assertThat(area.lines()).isEqualTo(new LineSpan(5, 71));
		});
	}

	@Test
	void aFootnoteDefinesTheGroupThatTheOrganisationColumnNames() throws IOException {
		ParsedDocument document = parseSeed();

		assertThat(document.groups()).singleElement().satisfies(group -> {
			assertThat(group.name()).isEqualTo("SCALAC members");
			assertThat(group.lines()).isEqualTo(LineSpan.of(45));
			assertThat(group.members())
				.extracting(p -> p.isCountry() ? p.countryCode() : p.organisation(), ParsedParty::agencies)
				.containsExactly(tuple("AR", List.of("UBA", "UNC-CECAD")),
						tuple("BR", List.of("LNCC", "SINAPAD", "UFRGS")), tuple("CL", List.of("NLHPC")),
						tuple("CO", List.of("UniAndes", "SC3UIS", "LaRedCCA (RENATA)")),
						tuple("CR", List.of("CENAT-CNCA")), tuple("EC", List.of("UFSQ-Quito", "CEDIA")),
						tuple("MX", List.of("UNAM", "CINVESTAV", "RedMexSu (CUDI)", "CADS-UDG", "Mexico Connect")),
						tuple("UY", List.of("UNR")),
						tuple("Advanced Computing System of Latin America and the Caribbean", List.of()));
		});
		assertThat(actionItem(document, "1.1-c").participants()).extracting(ParsedParty::organisation)
			.endsWith("Economic Commission for Latin America and the Caribbean", "SCALAC members");
	}

	@Test
	void theMembershipFootnoteGivesEachCountryItsYear() throws IOException {
		List<ParsedMembership> members = parseSeed().members();

		assertThat(members).extracting(ParsedMembership::countryCode, ParsedMembership::year)
			.containsExactly(tuple("AR", 2023), tuple("BS", 2023), tuple("BB", 2023), tuple("BR", 2023),
					tuple("CL", 2023), tuple("CO", 2023), tuple("CR", 2023), tuple("DO", 2023), tuple("EC", 2023),
					tuple("SV", 2023), tuple("GT", 2023), tuple("HN", 2023), tuple("JM", 2023), tuple("MX", 2023),
					tuple("PA", 2023), tuple("PY", 2023), tuple("PE", 2023), tuple("SR", 2023), tuple("TT", 2023),
					tuple("UY", 2023), tuple("BZ", 2024), tuple("GY", 2024), tuple("GD", 2024));
		assertThat(members).extracting(ParsedMembership::lines).containsOnly(LineSpan.of(33));
	}

	@Test
	void organisationsNamedAnywhereAreCatalogued() throws IOException {
		List<ParsedOrganisation> organisations = parseSeed().organisations();

		assertThat(organisations).filteredOn(o -> o.kind() == OrganisationKind.CIVIL_SOCIETY)
			.extracting(ParsedOrganisation::name)
			.containsExactlyInAnyOrder("Cooperativa Sula Batsú", "Electronic Frontier Foundation", "TEDIC",
					"Wikimedia Foundation", "YouthLACIGF", "Derechos Digitales", "Access Now");
		assertThat(organisations).extracting(ParsedOrganisation::name)
			.contains("Economic Commission for Latin America and the Caribbean",
					"Asociación Interamericana de Empresas de Telecomunicaciones",
					"Cooperación Latino Americana de Redes Avanzadas", "International Telecommunication Union",
					"Digital for Development Hub")
			.doesNotHaveDuplicates();
		assertThat(organisations).filteredOn(o -> o.name().equals("Vice-Ministry of Innovation of the MAP"))
			.singleElement()
			.extracting(ParsedOrganisation::kind, ParsedOrganisation::countryCode, ParsedOrganisation::known)
			.containsExactly(OrganisationKind.NATIONAL_AGENCY, "DO", false);
	}

	@Test
	void theSeedParsesWithoutWarnings() throws IOException {
		assertThat(parseSeed().warningTexts()).isEmpty();
	}

	@Test
	void anotherPolicyAreaWithSpanishHeadersNamesAndColumnOrderReadsTheSame() throws IOException {
		ParsedDocument document = parseVariant("data-governance-es.txt");

		assertThat(document.policyAreas()).extracting(a -> a.name()).containsExactly("Data Governance");
		assertThat(document.dialogue().title())
			.isEqualTo("Tercer Diálogo Político de Alto Nivel UE-ALC sobre Gobernanza de Datos");
		assertThat(document.dialogue().kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(document.dialogue().city()).isEqualTo("Montevideo");
		assertThat(document.dialogue().countryCode()).isEqualTo("UY");
		assertThat(document.dialogue().start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 3, 10)));
		assertThat(document.dialogue().end()).isEqualTo(PartialDate.day(LocalDate.of(2025, 3, 11)));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::title, ParsedActionItem::description,
					TakeawaysTableParserTest::countries, TakeawaysTableParserTest::organisations,
					ParsedActionItem::lines)
			.containsExactly(
					tuple("1.1-a", "Intercambio de experiencias entre autoridades",
							"Talleres regionales.\nVisitas de estudio.", "DO[INDOTEL] MX BR[ANPD,MCTI] PE",
							"ECLAC; miembros de RedLAC Datos", LineSpan.of(17)),
					tuple("1.1-b", "Asistencia técnica para leyes de protección de datos",
							"Apoyo a la redacción de leyes.", "BS LC TT ES[AEPD]", "OECD", LineSpan.of(19)),
					tuple("2.1-a", "Cláusulas contractuales tipo para la región", "Elaborar un modelo común.",
							"UY PY CR SI", "", LineSpan.of(21)));
		assertThat(document.groups()).extracting(ParsedGroup::name).containsExactly("miembros de RedLAC Datos");
		assertThat(document.members()).extracting(ParsedMembership::countryCode, ParsedMembership::year)
			.containsExactly(tuple("AR", 2023), tuple("BR", 2023), tuple("MX", 2023), tuple("UY", 2023),
					tuple("BZ", 2024));
		assertThat(document.organisations()).filteredOn(o -> o.name().equals("Fundación Karisma"))
			.extracting(ParsedOrganisation::kind)
			.containsExactly(OrganisationKind.CIVIL_SOCIETY);
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void pageBreaksInsideActivitiesAndComponentsAreJoinedAndStrayWordsWarned() throws IOException {
		ParsedDocument document = parseVariant("page-breaks-cybersecurity.txt");

		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::title, ParsedActionItem::description,
					TakeawaysTableParserTest::countries, TakeawaysTableParserTest::organisations,
					ParsedActionItem::lines)
			.containsExactly(
					tuple("1.1-a",
							"Annual meeting of cyber diplomats from the EU and LAC countries to share good practices.",
							"Rotate the host between regions and agree on a calendar.", "BZ LC BS TT", "OAS",
							new LineSpan(6, 11)),
					tuple("1.1-b", "Technical assistance on the implementation of Budapest Convention frameworks",
							"Support for national cyber strategies.", "CL PE", "EU CyberNet", new LineSpan(12, 14)),
					tuple("1.1-c", "Cyber exercises", "Regional tabletop exercises by Q2 2025.", "CR", "",
							LineSpan.of(15)),
					tuple("2.1-a", "Sharing of threat intelligence", "Exchange through CSIRTs.", "GT HN PA", "",
							new LineSpan(18, 20)));
		assertThat(actionItem(document, "1.1-c").deadline().dueOn()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(document.objectives()).filteredOn(o -> "2.1".equals(o.code()))
			.extracting(ParsedObjective::text, ParsedObjective::lines)
			.containsExactly(tuple("Resilience of critical infrastructure", new LineSpan(18, 20)));
		assertThat(document.dialogue()).satisfies(dialogue -> {
			assertThat(dialogue.title()).isEqualTo("EU-LAC High-Level Dialogue on Cybersecurity");
			assertThat(dialogue.city()).isEqualTo("Santo Domingo");
			assertThat(dialogue.countryCode()).isEqualTo("DO");
			assertThat(dialogue.start().date()).isEqualTo(LocalDate.of(2024, 2, 14));
			assertThat(dialogue.end().date()).isEqualTo(LocalDate.of(2024, 2, 16));
		});
		assertThat(document.policyAreas()).extracting(a -> a.name()).containsExactly("Cybersecurity");
		assertThat(document.warningTexts())
			.containsExactly("lines 12-14: activity 1.1-b: expected a country but found 'Atlantis'");
	}

	@Test
	void noMarkupOrScriptSurvivesFromTheCells() throws IOException {
		ParsedDocument document = parseVariant("markup-in-cells.txt");

		assertThat(document.actionItems()).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Continue the ongoing dialogue");
			assertThat(item.description()).isEqualTo("Organise regular dialogues.");
			assertThat(countries(item)).isEqualTo("BZ BR[MGI] CL");
			assertThat(organisations(item)).isEqualTo("ECLAC");
		});
		assertThat(document.objectives()).extracting(ParsedObjective::text)
			.containsExactly("GOVERNANCE", "Support AI governance");
		assertThat(allText(document))
			.noneMatch(text -> text.contains("<") || text.contains(">") || text.toLowerCase().contains("script")
					|| text.contains("alert") || text.contains("onclick") || text.contains("steal"));
	}

	@Test
	void crlfAndLeftoverCarriageReturnsReadLikeTheSeed() throws IOException {
		String seed = Files.readString(seed(SEED));
		ParsedDocument expected = parseSeed();

		ParsedDocument crlf = parser.parse(SourceText.of(SEED, seed.replace("\n", "\r\n")), CONTEXT);
		ParsedDocument leftover = parser.parse(withLeftoverCarriageReturns(SEED, seed), CONTEXT);

		assertThat(crlf.actionItems()).isEqualTo(expected.actionItems());
		assertThat(leftover.actionItems()).isEqualTo(expected.actionItems());
		assertThat(leftover.objectives()).isEqualTo(expected.objectives());
		assertThat(leftover.groups()).isEqualTo(expected.groups());
	}

	@Test
	void aTruncatedCopyGivesTheActivitiesUpToTheCut() throws IOException {
		List<String> lines = Files.readAllLines(seed(SEED));
		String truncated = String.join("\n", lines.subList(0, 56)) + "\n" + lines.get(56).substring(0, 300);

		ParsedDocument document = parser.parse(SourceText.of("truncated.txt", truncated), CONTEXT);

		assertThat(document.actionItems()).extracting(ParsedActionItem::code)
			.containsExactly("1.1-a", "1.1-b", "1.1-c", "1.1-d", "1.1-e", "1.2-a", "1.2-b", "1.2-c", "1.2-d", "2.1-a",
					"2.1-b");
		assertThat(actionItem(document, "2.1-b").lines()).isEqualTo(LineSpan.of(57));
	}

	@Test
	void aDocumentWithoutATableIsAParseFailureNamingWhatWasExpected() {
		SourceText prose = SourceText.of("prose.txt", "# Operational takeaways on AI\n\nSome words.\n");

		assertThatThrownBy(() -> parser.parse(prose, CONTEXT)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("prose.txt")
			.hasMessageContaining("expected takeaways table rows")
			.hasMessageContaining("but found no tab-separated table");
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void shuffledOrRandomInputGivesAResultOrAParseFailureNeverAnotherException(long seed) throws IOException {
		checks.readsOrRefusesShuffledLinesAndNoise(Files.readAllLines(seed(SEED)), seed, "\t\t\t\n1.1\t\t\n<b>\t(\t)\n",
				"");
	}

	@Test
	void aFiveMegabyteTableParsesInSeconds() throws IOException {
		String big = fiveMegabytes(Files.readAllLines(seed(SEED)), 34);

		ParsedDocument document = checks.parseWithin(LayoutParserChecks.BLOW_UP_GUARD, SourceText.of("big.txt", big));

		assertThat(document.actionItems().size()).isGreaterThan(17 * 100);
		assertThat(document.actionItems()).extracting(ParsedActionItem::code).doesNotHaveDuplicates();
	}

	@Test
	void theSeedScoresClearlyAboveTheOtherLayouts() throws IOException {
		checks.recognisesTheSeedClearlyAboveTheOthers(SEED);
	}

	@Test
	void romanAndNamedActionAreasParentTheirComponents() {
		String text = String.join("\n", "# Operational takeaways on Connectivity", "", "II. SECURE NETWORKS\t\t\t\t",
				"Component\tPossible activities\tExplanation\tCountries interested\tInternational Organisations interested",
				"2.1 Trusted vendors\tVendor assessment workshops\tShare criteria.\tChile Peru\tITU",
				"Action area 3: SKILLS\t\t\t\t", "Training for engineers\tSummer school\tTwo weeks.\tMexico\t", "");

		ParsedDocument document = parser.parse(SourceText.of("areas.txt", text), CONTEXT);

		assertThat(document.objectives())
			.extracting(ParsedObjective::code, ParsedObjective::text, ParsedObjective::scope,
					ParsedObjective::parentCode)
			.containsExactly(tuple("II", "SECURE NETWORKS", ObjectiveScope.ACTION_AREA, null),
					tuple("2.1", "Trusted vendors", ObjectiveScope.COMPONENT, "II"),
					tuple("3", "SKILLS", ObjectiveScope.ACTION_AREA, null),
					tuple("3.1", "Training for engineers", ObjectiveScope.COMPONENT, "3"));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::objectiveCode, TakeawaysTableParserTest::countries,
					TakeawaysTableParserTest::organisations, ParsedActionItem::policyArea)
			.containsExactly(tuple("2.1-a", "2.1", "CL PE", "ITU", "Connectivity"),
					tuple("3.1-a", "3.1", "MX", "", "Connectivity"));
	}

	@Test
	void activitiesAreLetteredBeyondZ() {
		assertThat(Stream.of(0, 1, 25, 26, 27, 51, 52).map(TakeawaysTableParser::letters).toList()).containsExactly("a",
				"b", "z", "aa", "ab", "az", "ba");
	}

	private ParsedDocument parseSeed() throws IOException {
		return parser.parse(read(seed(SEED)), CONTEXT);
	}

	private ParsedDocument parseVariant(String name) throws IOException {
		return parser.parse(read(VARIANTS.resolve(name)), CONTEXT);
	}

	static String countries(ParsedActionItem item) {
		return item.participants()
			.stream()
			.filter(ParsedParty::isCountry)
			.map(p -> p.countryCode() + (p.agencies().isEmpty() ? "" : "[" + String.join(",", p.agencies()) + "]"))
			.collect(Collectors.joining(" "));
	}

	static String organisations(ParsedActionItem item) {
		return item.participants()
			.stream()
			.filter(p -> !p.isCountry())
			.map(p -> CONTEXT.organisations()
				.find(p.organisation())
				.map(Organisation::displayName)
				.orElse(p.organisation()))
			.collect(Collectors.joining("; "));
	}

	private static List<String> allText(ParsedDocument document) {
		List<String> texts = new ArrayList<>();
		texts.add(document.dialogue().title());
		document.objectives().forEach(o -> texts.addAll(List.of(o.text(), String.valueOf(o.title()))));
		document.actionItems().forEach(i -> {
			texts.addAll(List.of(i.title(), i.description()));
			i.participants().forEach(p -> {
				texts.add(p.wording());
				texts.addAll(p.agencies());
				texts.add(String.valueOf(p.organisation()));
			});
		});
		document.organisations().forEach(o -> texts.add(o.name()));
		document.policyAreas().forEach(a -> texts.add(a.name()));
		texts.addAll(document.warningTexts());
		return texts;
	}

}
