package eu.lac.alliance.importer.layout.conclusions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.result.ParsedText;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Operational conclusions worded differently from the seed: other labels ("Key
 * challenges", "Follow-up", "Co-leading countries"), "•", "*" and numbered bullets,
 * co-lead lines with "supported by", "through", "together with", "in partnership with",
 * and Portuguese labels.
 */
class OperationalConclusionsUnseenVariantsTest {

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	private static ParsedDocument read(String name) throws IOException {
		Path file = TEST_RESOURCES.resolve("variants/operational-conclusions").resolve(name);
		ParsedDocument document = READER.read(name, Files.readAllBytes(file), ParseContext.reference());
		assertThat(document.layout()).isEqualTo(Layout.OPERATIONAL_CONCLUSIONS);
		return document;
	}

	private static String party(ParsedParty party) {
		return (party.countryCode() != null ? party.countryCode() : party.organisation()) + ":" + party.role();
	}

	@Test
	void otherLabelsNumberedBulletsAndCoLeadConnectorsAreRead() throws IOException {
		ParsedDocument document = read("digital-skills-other-labels-and-connectors.txt");
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name, ParsedPolicyArea::objective)
			.containsExactly(tuple("Digital Skills", "More citizens in EU and LAC have basic digital skills."),
					tuple("Connectivity", "Inclusive connectivity."));
		ParsedPolicyArea skills = document.policyAreas().get(0);
		assertThat(skills.challenges()).extracting(ParsedText::text)
			.containsExactly("Shortage of teachers.", "Low connectivity in rural areas.");
		assertThat(skills.coLeads()).extracting(OperationalConclusionsUnseenVariantsTest::party)
			.containsExactly("PE:CO_LEAD", "CO:CO_LEAD", "PT:PARTNER", "Camões, I.P.:IMPLEMENTING_AGENCY",
					"European Commission:CO_LEAD");
		ParsedPolicyArea connectivity = document.policyAreas().get(1);
		assertThat(connectivity.challenges()).extracting(ParsedText::text).containsExactly("Cost of infrastructure.");
		assertThat(connectivity.coLeads()).extracting(OperationalConclusionsUnseenVariantsTest::party)
			.containsExactly("PA:CO_LEAD", "IT:PARTNER",
					"Deutsche Gesellschaft für Internationale Zusammenarbeit:PARTNER");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::title)
			.containsExactly(tuple("DS-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Exchange curricula."),
					tuple("DS-O2", ActionItemCategory.COOPERATION_OPPORTUNITY, "Joint teacher training by June 2025."),
					tuple("DS-N1", ActionItemCategory.NEXT_STEP, "Workshop in Lima in March 2025."),
					tuple("DS-N2", ActionItemCategory.NEXT_STEP, "Online course."),
					tuple("CONN-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Share 5G experience."),
					tuple("CONN-N1", ActionItemCategory.NEXT_STEP, "Follow-up dialogue"));
		assertThat(document.actionItems().get(2).deadline().dueOn()).hasToString("2025-03-31");
		assertThat(document.actionItems().get(0).participants()).extracting(ParsedParty::countryCode)
			.startsWith("PE", "CO", "PT");
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void portugueseLabelsAreRead() throws IOException {
		ParsedDocument document = read("portuguese-labels.txt");
		assertThat(document.policyAreas()).hasSize(1);
		ParsedPolicyArea area = document.policyAreas().get(0);
		assertThat(area.objective()).isEqualTo("Identidade digital interoperável entre a UE e a ALC.");
		assertThat(area.challenges()).extracting(ParsedText::text)
			.containsExactly("Falta de normas comuns.", "Sistemas legados.");
		assertThat(area.coLeads()).extracting(ParsedParty::countryCode, ParsedParty::role)
			.containsExactly(tuple("BR", ParticipantRole.CO_LEAD), tuple("UY", ParticipantRole.CO_LEAD),
					tuple("PT", ParticipantRole.PARTNER), tuple(null, ParticipantRole.IMPLEMENTING_AGENCY),
					tuple(null, ParticipantRole.CO_LEAD));
		assertThat(document.actionItems()).extracting(ParsedActionItem::category, ParsedActionItem::title)
			.containsExactly(tuple(ActionItemCategory.COOPERATION_OPPORTUNITY, "Partilhar boas práticas."),
					tuple(ActionItemCategory.COOPERATION_OPPORTUNITY, "Formação conjunta."),
					tuple(ActionItemCategory.NEXT_STEP, "Diálogo de seguimento em 2025"));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void labelsWithColonsBracketedNumbersAndLeadCountriesAreRead() throws IOException {
		ParsedDocument document = read("colon-labels-bracketed-numbers.txt");
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name, ParsedPolicyArea::objective)
			.containsExactly(tuple("Cybersecurity", "Safe digital space."),
					tuple("Artificial Intelligence", "Trustworthy AI."));
		assertThat(document.policyAreas().get(0).coLeads()).extracting(OperationalConclusionsUnseenVariantsTest::party)
			.containsExactly("DO:CO_LEAD", "CR:CO_LEAD", "ES:PARTNER",
					"Fundación Internacional y para Iberoamérica de Administración y Políticas Públicas:IMPLEMENTING_AGENCY",
					"European Commission:CO_LEAD");
		assertThat(document.policyAreas().get(1).coLeads()).extracting(OperationalConclusionsUnseenVariantsTest::party)
			.containsExactly("CL:CO_LEAD", "BR:CO_LEAD", "ES:PARTNER", "SI:PARTNER",
					"Agencia Española de Cooperación Internacional para el Desarrollo:IMPLEMENTING_AGENCY");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::title)
			.containsExactly(tuple("CYB-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Joint exercises by Q3 2025."),
					tuple("CYB-O2", ActionItemCategory.COOPERATION_OPPORTUNITY, "CSIRT twinning."),
					tuple("CYB-N1", ActionItemCategory.NEXT_STEP, "Regional workshop."),
					tuple("AI-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Sandboxes."),
					tuple("AI-O2", ActionItemCategory.COOPERATION_OPPORTUNITY, "LLMs in Spanish and Portuguese."),
					tuple("AI-N1", ActionItemCategory.NEXT_STEP, "Dialogue in 2025"));
		assertThat(document.actionItems().get(0).deadline().dueOn()).hasToString("2025-09-30");
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void newAreasCoLeadAgenciesInBracketsAndSpanishConnectorsAreRead() throws IOException {
		ParsedDocument document = read("new-areas-agencies-in-brackets-spanish-connectors.txt");
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name, ParsedPolicyArea::objective)
			.containsExactly(tuple("Space and Earth Observation", "Shared use of Copernicus data."),
					tuple("Digital Skills", "More people with digital skills."));
		assertThat(document.policyAreas().get(0).coLeads())
			.extracting(OperationalConclusionsUnseenVariantsTest::party, ParsedParty::agencies)
			.containsExactly(tuple("PE:CO_LEAD", java.util.List.of("CONIDA")),
					tuple("CO:CO_LEAD", java.util.List.of("MinCiencias")), tuple("FR:PARTNER", java.util.List.of()),
					tuple("CNES:IMPLEMENTING_AGENCY", java.util.List.of()),
					tuple("European Commission:CO_LEAD", java.util.List.of()));
		assertThat(document.policyAreas().get(1).challenges()).extracting(ParsedText::text)
			.containsExactly("Brecha digital.");
		assertThat(document.policyAreas().get(1).coLeads()).extracting(OperationalConclusionsUnseenVariantsTest::party)
			.containsExactly("MX:CO_LEAD", "PT:PARTNER", "Camões, I.P.:IMPLEMENTING_AGENCY",
					"European Commission:CO_LEAD");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::title)
			.containsExactly(tuple("SAEO-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Copernicus training."),
					tuple("SAEO-N1", ActionItemCategory.NEXT_STEP, "Follow-up dialogue"),
					tuple("DS-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Intercambio de planes de estudio."),
					tuple("DS-N1", ActionItemCategory.NEXT_STEP, "Taller en 2025."));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void dashCircleAndLetteredBulletsAreCutIntoItems() throws IOException {
		ParsedDocument document = read("dash-circle-and-lettered-bullets.txt");
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name).containsExactly("Connectivity");
		assertThat(document.policyAreas().get(0).challenges()).extracting(ParsedText::text)
			.containsExactly("High costs.", "Rural gaps.");
		assertThat(document.policyAreas().get(0).coLeads()).extracting(OperationalConclusionsUnseenVariantsTest::party)
			.containsExactly("CL:CO_LEAD", "BR:CO_LEAD", "European Union:PARTNER",
					"Deutsche Gesellschaft für Internationale Zusammenarbeit:IMPLEMENTING_AGENCY");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::title)
			.containsExactly(tuple("CONN-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Share 5G experience"),
					tuple("CONN-O2", ActionItemCategory.COOPERATION_OPPORTUNITY, "Joint spectrum plans"),
					tuple("CONN-N1", ActionItemCategory.NEXT_STEP, "Workshop."),
					tuple("CONN-N2", ActionItemCategory.NEXT_STEP, "Study visit."));
		assertThat(document.warningTexts()).isEmpty();
	}

}
