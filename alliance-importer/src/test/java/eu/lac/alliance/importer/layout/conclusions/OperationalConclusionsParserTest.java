package eu.lac.alliance.importer.layout.conclusions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.layout.LayoutParserChecks;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.result.ParsedText;

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

class OperationalConclusionsParserTest {

	private static final String SEED = "000_f678e2384ca395fc.txt";

	private static final ParseContext CONTEXT = ParseContext.reference();

	private static final Path EXPECTED = TEST_RESOURCES.resolve("expected");

	private static final Path VARIANTS = TEST_RESOURCES.resolve("variants/operational-conclusions");

	private final OperationalConclusionsParser parser = new OperationalConclusionsParser();

	private final LayoutParserChecks checks = new LayoutParserChecks(parser, CONTEXT);

	@Test
	void everyPolicyAreaOfTheSeedMatchesTheExpectedTable() throws IOException {
		ParsedDocument document = parseSeed();
		List<String[]> expected = expectedRows(EXPECTED.resolve("operational-conclusions-000-areas.tsv"));

		assertThat(document.policyAreas()).hasSize(6).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			String[] row = expected.get(i);
			ParsedPolicyArea area = document.policyAreas().get(i);
			assertThat(area.name()).isEqualTo(row[0]);
			assertThat(area.objective()).as("objective of %s", row[0]).isEqualTo(row[1]);
			assertThat(render(area.coLeads())).as("co-leads of %s", row[0]).isEqualTo(row[2]);
			assertThat(area.lines()).as("lines of %s", row[0])
				.isEqualTo(new LineSpan(Integer.parseInt(row[3]), Integer.parseInt(row[4])));
		}
	}

	@Test
	void everyChallengeOfTheSeedIsOneBulletOrOneSentence() throws IOException {
		ParsedDocument document = parseSeed();
		List<String[]> expected = expectedRows(EXPECTED.resolve("operational-conclusions-000-challenges.tsv"));

		List<String[]> actual = new ArrayList<>();
		for (ParsedPolicyArea area : document.policyAreas()) {
			for (ParsedText challenge : area.challenges()) {
				actual.add(new String[] { area.name(), challenge.text(), "" + challenge.lines().first(),
						"" + challenge.lines().last() });
			}
		}
		assertThat(actual).hasSize(35);
		assertThat(actual).usingElementComparator((a, b) -> String.join("\t", a).compareTo(String.join("\t", b)))
			.containsExactlyElementsOf(expected);
	}

	@Test
	void everyOpportunityAndNextStepOfTheSeedMatchesTheExpectedTable() throws IOException {
		ParsedDocument document = parseSeed();
		List<String[]> expected = expectedRows(EXPECTED.resolve("operational-conclusions-000-items.tsv"));

		assertThat(document.actionItems()).hasSize(36).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			String[] row = expected.get(i);
			ParsedActionItem item = document.actionItems().get(i);
			assertThat(item.code()).as("code of row %d", i + 1).isEqualTo(row[0]);
			assertThat(item.category()).as("category of %s", row[0]).isEqualTo(ActionItemCategory.valueOf(row[1]));
			assertThat(item.policyArea()).as("area of %s", row[0]).isEqualTo(row[2]);
			assertThat(item.title()).as("title of %s", row[0]).isEqualTo(row[3]);
			assertThat(item.description()).as("description of %s", row[0]).isEqualTo(row[4]);
			if (row[5].isEmpty()) {
				assertThat(item.deadline()).as("deadline of %s", row[0]).isNull();
			}
			else {
				assertThat(item.deadline().dueOn()).as("deadline of %s", row[0]).isEqualTo(LocalDate.parse(row[5]));
				assertThat(item.deadline().wording()).as("deadline wording of %s", row[0]).isEqualTo(row[6]);
			}
			assertThat(item.lines()).as("lines of %s", row[0])
				.isEqualTo(new LineSpan(Integer.parseInt(row[7]), Integer.parseInt(row[8])));
			assertThat(item.parentCode()).isNull();
			assertThat(item.objectiveCode()).isNull();
		}
	}

	@Test
	void itemsCarryTheirBlocksCoLeadsSoCoLeadingCountriesCanReportOnThem() throws IOException {
		ParsedDocument document = parseSeed();

		for (ParsedActionItem item : document.actionItems()) {
			ParsedPolicyArea area = document.policyAreas()
				.stream()
				.filter(a -> a.name().equals(item.policyArea()))
				.findFirst()
				.orElseThrow();
			assertThat(item.participants()).as(item.code()).isEqualTo(area.coLeads());
		}
		assertThat(render(actionItem(document, "DATA-N1").participants()))
			.isEqualTo("CO_LEAD:UY PARTNER:ES IMPLEMENTING_AGENCY:#FIIAPP CO_LEAD:#EC");
	}

	@Test
	void aDocumentThatNamesNoEventIsTitledAfterItsTitleLine() throws IOException {
		var dialogue = parseSeed().dialogue();

		assertThat(dialogue.title()).isEqualTo("Operational conclusions");
		assertThat(dialogue.kind()).isEqualTo(DialogueKind.OTHER);
		assertThat(dialogue.start()).isNull();
		assertThat(dialogue.end()).isNull();
		assertThat(dialogue.city()).isNull();
		assertThat(dialogue.countryCode()).isNull();
		assertThat(dialogue.lines()).isEqualTo(LineSpan.of(1));
	}

	@Test
	void theSeedParsesWithoutWarningsAndCataloguesItsOrganisations() throws IOException {
		ParsedDocument document = parseSeed();

		assertThat(document.warningTexts()).isEmpty();
		assertThat(document.objectives()).isEmpty();
		assertThat(document.groups()).isEmpty();
		assertThat(document.members()).isEmpty();
		assertThat(document.organisations()).extracting(ParsedOrganisation::name)
			.contains("Expertise France", "European Commission", "e-Governance Academy", "EU Member States",
					"Deutsche Gesellschaft für Internationale Zusammenarbeit",
					"Cooperación Latino Americana de Redes Avanzadas", "Caribbean Community",
					"Economic Commission for Latin America and the Caribbean")
			.doesNotHaveDuplicates();
	}

	@Test
	void spanishLabelsAnotherAreaAndANamedEventReadTheSame() throws IOException {
		ParsedDocument document = parseVariant("spanish-labels-another-area.txt");

		assertThat(document.dialogue()).satisfies(dialogue -> {
			assertThat(dialogue.title()).isEqualTo("Días de la Alianza Digital UE-ALC");
			assertThat(dialogue.kind()).isEqualTo(DialogueKind.ALLIANCE_DAYS);
			assertThat(dialogue.city()).isEqualTo("Cartagena");
			assertThat(dialogue.countryCode()).isEqualTo("CO");
			assertThat(dialogue.start()).isEqualTo(PartialDate.day(LocalDate.of(2023, 11, 27)));
			assertThat(dialogue.end()).isEqualTo(PartialDate.day(LocalDate.of(2023, 11, 29)));
			assertThat(dialogue.lines()).isEqualTo(LineSpan.of(3));
		});
		assertThat(document.policyAreas())
			.extracting(ParsedPolicyArea::name, ParsedPolicyArea::objective, a -> render(a.coLeads()),
					ParsedPolicyArea::lines)
			.containsExactly(tuple("e-Governance", "Identidad digital interoperable entre los países de ALC y la UE.",
					"CO_LEAD:DO CO_LEAD:PA PARTNER:ES IMPLEMENTING_AGENCY:#FIIAPP CO_LEAD:#EC", new LineSpan(5, 12)),
					tuple("Artificial Intelligence", "Estrategias nacionales de IA alineadas.",
							"CO_LEAD:BR CO_LEAD:MX CO_LEAD:SI CO_LEAD:#EC", new LineSpan(14, 20)));
		assertThat(document.policyAreas().get(0).challenges()).extracting(ParsedText::text)
			.containsExactly("Falta de marcos comunes, p. ej. en firma electrónica.",
					"Solo el 2.5 % de los trámites es digital.", "Brechas de capacidades.");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::title,
					i -> i.deadline() == null ? null : i.deadline().dueOn(), ParsedActionItem::lines)
			.containsExactly(tuple("EGOV-O1", "Intercambio de buenas prácticas (i.e. Estonia).", null, LineSpan.of(9)),
					tuple("EGOV-O2", "Desarrollo de una caja de herramientas para junio de 2025.",
							LocalDate.of(2025, 6, 30), LineSpan.of(9)),
					tuple("EGOV-O3", "Apoyo a la interoperabilidad 5G y de datos.", null, LineSpan.of(10)),
					tuple("EGOV-N1", "Diálogo de seguimiento en Lima en marzo de 2024.", LocalDate.of(2024, 3, 31),
							LineSpan.of(11)),
					tuple("AI-O1", "Talleres sobre la Ley de IA de la UE.", null, LineSpan.of(18)),
					tuple("AI-N1", "Formación de funcionarios.", null, LineSpan.of(19)));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void labelTyposAreReadWithAWarningAndUnknownLabelsAreWarnedNotCrashed() throws IOException {
		ParsedDocument document = parseVariant("typos-wraps-and-markup.txt");

		assertThat(document.warningTexts()).containsExactly(
				"line 5: expected a label such as 'Main challenges highlighted' but found 'Main chalenges highlighted'; "
						+ "read it as 'Main challenges highlighted'",
				"line 7: expected a label (Objective until 2025, Main challenges highlighted, EU-LAC cooperation "
						+ "opportunities, Next steps, Co-leads) but found 'Expected budget'; its row is left out",
				"line 12: expected a label such as 'Next steps' but found 'Next stpes'; read it as 'Next steps'");
		ParsedPolicyArea connectivity = document.policyAreas().get(0);
		assertThat(connectivity.objective()).isEqualTo("Trusted networks across the EU and LAC.");
		assertThat(connectivity.challenges()).extracting(ParsedText::text, ParsedText::lines)
			.containsExactly(tuple("Few trusted vendors.", new LineSpan(5, 6)),
					tuple("Costs of rural coverage remain high.", new LineSpan(5, 6)));
		assertThat(render(connectivity.coLeads()))
			.isEqualTo("CO_LEAD:PA CO_LEAD:VC CO_LEAD:AG PARTNER:PT IMPLEMENTING_AGENCY:#Camões CO_LEAD:#EC");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::description, ParsedActionItem::lines)
			.containsExactly(tuple("CONN-O1", "Joint 5G pilots.", LineSpan.of(9)),
					tuple("CONN-O2", "Submarine cable resilience, including repair capacity.", new LineSpan(10, 11)),
					tuple("CONN-N1", "Workshop in Panama by Q3 2025.", LineSpan.of(12)),
					tuple("CAR-N1", "Meetings in Barbados in January 2025.", LineSpan.of(17)));
	}

	@Test
	void aHeadingWithoutBlankLinesAroundItStillStartsABlockAndMarkupIsDropped() throws IOException {
		ParsedDocument document = parseVariant("typos-wraps-and-markup.txt");

		ParsedPolicyArea caribbean = document.policyAreas().get(1);
		assertThat(caribbean.name()).isEqualTo("Caribbean");
		assertThat(caribbean.lines()).isEqualTo(new LineSpan(15, 18));
		assertThat(render(caribbean.coLeads())).isEqualTo("CO_LEAD:BB CO_LEAD:JM");
		ParsedActionItem meetings = actionItem(document, "CAR-N1");
		assertThat(meetings.deadline().dueOn()).isEqualTo(LocalDate.of(2025, 1, 31));
		List<String> texts = new ArrayList<>();
		document.actionItems().forEach(i -> texts.addAll(List.of(i.title(), i.description())));
		document.policyAreas().forEach(a -> a.challenges().forEach(c -> texts.add(c.text())));
		assertThat(texts).noneMatch(t -> t.contains("<") || t.contains("script") || t.contains("alert")
				|| t.contains("onclick") || t.contains("steal"));
	}

	@Test
	void numberedHeadingsAndLabelsWithoutTabsReadAsRows() throws IOException {
		ParsedDocument document = parseVariant("numbered-headings-rows-without-tabs.txt");

		assertThat(document.policyAreas())
			.extracting(ParsedPolicyArea::name, ParsedPolicyArea::objective, a -> render(a.coLeads()),
					ParsedPolicyArea::lines)
			.containsExactly(tuple("Cybersecurity", "Safer digital space for all.",
					"CO_LEAD:DO CO_LEAD:CR IMPLEMENTING_AGENCY:#Expertise France CO_LEAD:#EC", new LineSpan(3, 10)),
					tuple("Data Governance", "Free flow of data.",
							"CO_LEAD:UY PARTNER:ES IMPLEMENTING_AGENCY:#FIIAPP CO_LEAD:#EC", new LineSpan(12, 14)));
		assertThat(document.policyAreas().get(0).challenges()).extracting(ParsedText::text)
			.containsExactly("Few experts.", "Low budgets.");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::title,
					i -> i.deadline() == null ? null : i.deadline().dueOn(), ParsedActionItem::lines)
			.containsExactly(tuple("CYB-N1", "Training for CSIRTs by December 2024.", LocalDate.of(2024, 12, 31),
					LineSpan.of(8)), tuple("CYB-N2", "Regional exercise.", null, LineSpan.of(9)));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void aBlockWithoutRowsIsAParseFailureNamingThePolicyArea() {
		assertThatThrownBy(() -> parseVariant("heading-without-rows.txt")).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("heading-without-rows.txt, line 5")
			.hasMessageContaining("expected label/value rows under policy area 'Cybersecurity' (line 3) but found "
					+ "'Artificial Intelligence'");
	}

	@Test
	void aTruncatedCopyEndingOnAHeadingFailsAndOneEndingInARowGivesTheBlocksSoFar() throws IOException {
		List<String> lines = Files.readAllLines(seed(SEED));

		SourceText endsOnHeading = SourceText.of("cut.txt", String.join("\n", lines.subList(0, 29)));
		assertThatThrownBy(() -> parser.parse(endsOnHeading, CONTEXT)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("under policy area 'Data Governance' (line 29) but found the end of the document");

		String midRow = String.join("\n", lines.subList(0, 18)) + "\n" + lines.get(18).substring(0, 60);
		ParsedDocument document = parser.parse(SourceText.of("cut.txt", midRow), CONTEXT);
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name)
			.containsExactly("Cybersecurity", "Artificial Intelligence");
		assertThat(document.actionItems()).extracting(ParsedActionItem::code)
			.containsExactly("CYB-O1", "CYB-O2", "CYB-N1", "CYB-N2", "AI-O1");
		assertThat(actionItem(document, "AI-O1").description()).isEqualTo("Develop AI polices and st");
	}

	@Test
	void crlfAndLeftoverCarriageReturnsReadLikeTheSeed() throws IOException {
		String seed = Files.readString(seed(SEED));
		ParsedDocument expected = parseSeed();

		ParsedDocument normalised = parser.parse(SourceText.of(SEED, seed.replace("\n", "\r\n")), CONTEXT);
		ParsedDocument leftover = parser.parse(withLeftoverCarriageReturns(SEED, seed), CONTEXT);

		assertThat(normalised.policyAreas()).isEqualTo(expected.policyAreas());
		assertThat(normalised.actionItems()).isEqualTo(expected.actionItems());
		assertThat(leftover.policyAreas()).isEqualTo(expected.policyAreas());
		assertThat(leftover.actionItems()).isEqualTo(expected.actionItems());
	}

	@Test
	void extraBlankLinesAndSpacesChangeNothing() throws IOException {
		String seed = Files.readString(seed(SEED));
		String spaced = seed.replace("\n\n", "\n\n\n  \n").replace("\t", "\t  ");
		ParsedDocument expected = parseSeed();

		ParsedDocument document = parser.parse(SourceText.of(SEED, spaced), CONTEXT);

		assertThat(document.policyAreas())
			.extracting(ParsedPolicyArea::name, ParsedPolicyArea::objective, ParsedPolicyArea::coLeads)
			.containsExactlyElementsOf(
					expected.policyAreas().stream().map(a -> tuple(a.name(), a.objective(), a.coLeads())).toList());
		assertThat(document.actionItems()).extracting(ParsedActionItem::code, ParsedActionItem::description)
			.containsExactlyElementsOf(
					expected.actionItems().stream().map(i -> tuple(i.code(), i.description())).toList());
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void shuffledOrRandomInputGivesAResultOrAParseFailureNeverAnotherException(long seed) throws IOException {
		checks.readsOrRefusesShuffledLinesAndNoise(Files.readAllLines(seed(SEED)), seed,
				"Cybersecurity\n\tx\n\t\n(\t)\n", "", "\t\t\t");
	}

	@Test
	void aFiveMegabyteDocumentParsesInSecondsWithUniqueCodes() throws IOException {
		String big = fiveMegabytes(Files.readAllLines(seed(SEED)), 1);

		ParsedDocument document = checks.parseWithin(LayoutParserChecks.BLOW_UP_GUARD, SourceText.of("big.txt", big));

		assertThat(document.actionItems().size()).isGreaterThan(36 * 100);
		assertThat(document.actionItems()).extracting(ParsedActionItem::code).doesNotHaveDuplicates();
	}

	@Test
	void theSeedScoresClearlyAboveTheOtherLayouts() throws IOException {
		checks.recognisesTheSeedClearlyAboveTheOthers(SEED);
	}

	private ParsedDocument parseSeed() throws IOException {
		return parser.parse(read(seed(SEED)), CONTEXT);
	}

	private ParsedDocument parseVariant(String name) throws IOException {
		return parser.parse(read(VARIANTS.resolve(name)), CONTEXT);
	}

	private static String render(List<ParsedParty> parties) {
		return parties.stream()
			.map(p -> p.role() + ":"
					+ (p.isCountry() ? p.countryCode()
							: "#" + CONTEXT.organisations()
								.find(p.organisation())
								.map(Organisation::displayName)
								.orElse(p.organisation()))
					+ (p.agencies().isEmpty() ? "" : "[" + String.join(",", p.agencies()) + "]"))
			.collect(Collectors.joining(" "));
	}

}
