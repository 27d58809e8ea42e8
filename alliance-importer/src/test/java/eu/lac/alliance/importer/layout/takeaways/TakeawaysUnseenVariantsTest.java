package eu.lac.alliance.importer.layout.takeaways;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedGroup;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedParty;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Takeaways tables written differently from the seed: components written "Component 1.1:"
 * or "1.2.", numbered activities, columns in another order, country lists separated by
 * commas, semicolons and "and" with Spanish and Portuguese names.
 */
class TakeawaysUnseenVariantsTest {

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	private static ParsedDocument read(String name) throws IOException {
		Path file = TEST_RESOURCES.resolve("variants/operational-takeaways").resolve(name);
		ParsedDocument document = READER.read(name, Files.readAllBytes(file), ParseContext.reference());
		assertThat(document.layout()).isEqualTo(Layout.OPERATIONAL_TAKEAWAYS);
		return document;
	}

	private static String interested(ParsedActionItem item) {
		return String.join(" ", item.participants()
			.stream()
			.map(party -> party.countryCode() != null ? party.countryCode() + party.agencies() : party.organisation())
			.toList());
	}

	@Test
	void componentPrefixesAndListSeparatorsAreRead() throws IOException {
		ParsedDocument document = read("data-governance-component-prefix-and-separators.txt");
		assertThat(document.dialogue().title()).isEqualTo("EU-LAC policy dialogue on Data Governance");
		assertThat(document.dialogue().start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 3, 10)));
		assertThat(document.dialogue().end()).isEqualTo(PartialDate.day(LocalDate.of(2025, 3, 11)));
		assertThat(document.dialogue().city()).isEqualTo("Montevideo");
		assertThat(document.dialogue().countryCode()).isEqualTo("UY");
		assertThat(document.policyAreas()).extracting(area -> area.name()).containsExactly("Data Governance");
		assertThat(document.objectives())
			.extracting(ParsedObjective::code, ParsedObjective::title, ParsedObjective::scope,
					ParsedObjective::parentCode)
			.containsExactly(tuple("1", "DATA GOVERNANCE AND DATA PROTECTION", ObjectiveScope.ACTION_AREA, null),
					tuple("1.1", "Support data protection authorities", ObjectiveScope.COMPONENT, "1"),
					tuple("1.2", "Open data", ObjectiveScope.COMPONENT, "1"),
					tuple("2", "DATA SPACES", ObjectiveScope.ACTION_AREA, null),
					tuple("2.1", "Data spaces for research", ObjectiveScope.COMPONENT, "2"));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::objectiveCode, ParsedActionItem::title,
					TakeawaysUnseenVariantsTest::interested)
			.containsExactly(
					tuple("1.1-a", "1.1", "Peer exchanges between authorities",
							"BR[ANPD] MX[] PE[] DO[INDOTEL] Organisation for Economic Co-operation and Development"),
					tuple("1.1-b", "1.1", "Training on cross-border transfers", "CL[] CO[] UY[AGESIC] CARICOM members"),
					tuple("1.2-a", "1.2", "Open data portals", "CR[] PA[] PY[]"),
					tuple("2.1-a", "2.1", "Pilot data space",
							"AR[MINCYT (Secretaría de Ciencia)] EC[] Cooperación Latino Americana de Redes Avanzadas "
									+ "Economic Commission for Latin America and the Caribbean"));
		assertThat(document.groups()).extracting(ParsedGroup::name).containsExactly("CARICOM members");
		assertThat(document.groups().get(0).members()).extracting(ParsedParty::countryCode)
			.containsExactly("BB", "BZ", "GY", "JM", "SR", "TT");
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void columnsInAnotherOrderAndNumberedActivitiesAreRead() throws IOException {
		ParsedDocument document = read("columns-reordered-numbered-activities.txt");
		assertThat(document.dialogue().title()).isEqualTo("EU-LAC High-Level Policy Dialogue on e-Governance");
		assertThat(document.dialogue().start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 2, 4)));
		assertThat(document.dialogue().end()).isEqualTo(PartialDate.day(LocalDate.of(2025, 2, 5)));
		assertThat(document.dialogue().city()).isEqualTo("San José");
		assertThat(document.dialogue().countryCode()).isEqualTo("CR");
		assertThat(document.objectives()).extracting(ParsedObjective::code, ParsedObjective::title)
			.containsExactly(tuple("1", "DIGITAL IDENTITY"), tuple("1.1", "Digital identity"), tuple("1.2", "Skills"));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::objectiveCode, ParsedActionItem::title,
					ParsedActionItem::description, TakeawaysUnseenVariantsTest::interested)
			.containsExactly(
					tuple("1.1-a", "1.1", "Interoperability framework", "Support an interoperability framework.",
							"CR[] GT[] EE[]"),
					tuple("1.1-b", "1.1", "E-wallet pilot", "Pilot an e-wallet between two countries.",
							"DO[OGTIC] PA[]"),
					tuple("1.2-a", "1.2", "Study visits to", "Visits to Tallinn. continued explanation.",
							"JM[] BZ[] BB[]"));
	}

	@Test
	void spanishHeadersAndCityWithoutCountryAreRead() throws IOException {
		ParsedDocument document = read("conectividad-spanish-headers.txt");
		assertThat(document.dialogue().title()).isEqualTo("Diálogo de Alto Nivel UE-ALC sobre Conectividad");
		assertThat(document.dialogue().city()).isEqualTo("Ciudad de México");
		assertThat(document.dialogue().countryCode()).isEqualTo("MX");
		assertThat(document.dialogue().start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 6, 2)));
		assertThat(document.dialogue().end()).isEqualTo(PartialDate.day(LocalDate.of(2025, 6, 3)));
		assertThat(document.policyAreas()).extracting(area -> area.name()).containsExactly("Connectivity");
		assertThat(document.objectives()).extracting(ParsedObjective::code, ParsedObjective::title)
			.containsExactly(tuple("1", "INFRAESTRUCTURA"), tuple("1.1", "Cables submarinos"));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::title, ParsedActionItem::description,
					TakeawaysUnseenVariantsTest::interested)
			.containsExactly(tuple("1.1-a", "Estudios de viabilidad", "Ampliar BELLA.",
					"MX[] CO[] PE[] Development Bank of Latin America and the Caribbean Inter-American Development Bank"));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void aGroupNamedAmongTheCountriesIsKeptAsTheGroup() throws IOException {
		ParsedDocument document = read("group-in-countries-column.txt");
		assertThat(document.dialogue().city()).isEqualTo("Kingston");
		assertThat(document.dialogue().countryCode()).isEqualTo("JM");
		assertThat(document.dialogue().start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 5, 14)));
		assertThat(document.groups()).extracting(ParsedGroup::name).containsExactly("SICA members");
		assertThat(document.groups().get(0).members()).extracting(ParsedParty::countryCode)
			.containsExactly("BZ", "CR", "SV", "GT", "HN", "NI", "PA", "DO");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::title, TakeawaysUnseenVariantsTest::interested)
			.containsExactly(
					tuple("1.1-a", "Train the trainers",
							"JM[Ministry of Education (MoE)] SICA members GT[] HN[] "
									+ "United Nations Educational, Scientific and Cultural Organization"),
					tuple("1.1-b", "Digital skills week", ""),
					tuple("1.1-c", "Skills observatory", "BR[] PE[] DO[] International Telecommunication Union "
							+ "Economic Commission for Latin America and the Caribbean"));
		assertThat(document.warningTexts())
			.containsExactly("line 8: activity 1.1-b: expected a country but found 'All Alliance members'");
	}

}
