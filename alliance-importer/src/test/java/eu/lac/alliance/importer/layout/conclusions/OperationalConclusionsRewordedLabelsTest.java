package eu.lac.alliance.importer.layout.conclusions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.result.ParsedText;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Operational conclusions nobody on the team wrote the labels of: every label worded
 * otherwise than in the fixtures ("Meta até 2026", "Possibilidades de cooperação",
 * "Próximas etapas", "Pasos a seguir", "Roadmap", "Coordinators"), each a line of
 * {@code vocabulary/conclusion-labels.tsv}, checked field by field; and rows whose label
 * is not understood, which become warnings naming their line, never silent losses.
 */
class OperationalConclusionsRewordedLabelsTest {

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
	void portugueseRewordedLabelsLoseNoOpportunityAndNoNextStep() throws IOException {
		ParsedDocument document = read("reworded-labels-pt.txt");

		assertThat(document.policyAreas()).singleElement().satisfies(area -> {
			assertThat(area.name()).isEqualTo("Connectivity");
			assertThat(area.objective()).isEqualTo("Redes seguras entre a UE e a ALC.");
			assertThat(area.challenges()).extracting(ParsedText::text, ParsedText::lines)
				.containsExactly(tuple("Custos elevados nas zonas rurais.", LineSpan.of(6)),
						tuple("Poucos fornecedores de confiança.", LineSpan.of(7)));
			assertThat(area.coLeads()).extracting(OperationalConclusionsRewordedLabelsTest::party)
				.containsExactly("CL:CO_LEAD", "PE:CO_LEAD", "ES:PARTNER");
		});
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::description,
					ParsedActionItem::lines)
			.containsExactly(
					tuple("CONN-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Projetos-piloto de 5G.",
							LineSpan.of(8)),
					tuple("CONN-O2", ActionItemCategory.COOPERATION_OPPORTUNITY, "Resiliência dos cabos submarinos.",
							LineSpan.of(9)),
					tuple("CONN-N1", ActionItemCategory.NEXT_STEP, "Seminário no Panamá em 2025.", LineSpan.of(10)),
					tuple("CONN-N2", ActionItemCategory.NEXT_STEP, "Estudo conjunto sobre cabos.", LineSpan.of(11)));
		assertThat(document.actionItems())
			.allSatisfy(item -> assertThat(item.participants()).extracting(ParsedParty::countryCode)
				.containsExactly("CL", "PE", "ES"));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void spanishRewordedLabelsAreRead() throws IOException {
		ParsedDocument document = read("reworded-labels-es.txt");

		ParsedPolicyArea area = document.policyAreas().get(0);
		assertThat(document.policyAreas()).hasSize(1);
		assertThat(area.name()).isEqualTo("Data Governance");
		assertThat(area.objective()).isEqualTo("Flujos de datos confiables entre la UE y ALC.");
		assertThat(area.challenges()).extracting(ParsedText::text).containsExactly("Marcos legales dispares.");
		assertThat(area.coLeads()).extracting(ParsedParty::countryCode, ParsedParty::role)
			.containsExactly(tuple("UY", ParticipantRole.CO_LEAD), tuple("CO", ParticipantRole.CO_LEAD),
					tuple("FR", ParticipantRole.PARTNER));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::description)
			.containsExactly(
					tuple("DATA-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Cláusulas contractuales tipo."),
					tuple("DATA-O2", ActionItemCategory.COOPERATION_OPPORTUNITY, "Formación de autoridades."),
					tuple("DATA-N1", ActionItemCategory.NEXT_STEP, "Taller regional en Montevideo en 2025."));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void englishRewordedLabelsAreReadAndUnknownLabelsAreWarnedWithTheirLine() throws IOException {
		ParsedDocument document = read("reworded-labels-en.txt");

		ParsedPolicyArea area = document.policyAreas().get(0);
		assertThat(area.name()).isEqualTo("Artificial Intelligence");
		assertThat(area.objective()).isEqualTo("Trustworthy AI shared by the EU and LAC.");
		assertThat(area.challenges()).extracting(ParsedText::text).containsExactly("Little computing capacity.");
		assertThat(area.coLeads()).extracting(OperationalConclusionsRewordedLabelsTest::party)
			.containsExactly("MX:CO_LEAD", "BR:CO_LEAD", "IT:PARTNER");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::description)
			.containsExactly(tuple("AI-O1", ActionItemCategory.COOPERATION_OPPORTUNITY, "Access to supercomputers."),
					tuple("AI-N1", ActionItemCategory.NEXT_STEP, "Joint call in 2025."),
					tuple("AI-N2", ActionItemCategory.NEXT_STEP, "Training school."));
		// "Expected budget" (with its continuation row) and "Risks: ..." are no labels
		// the vocabulary knows: each is reported at its line, nothing is joined to the
		// co-leads above
		assertThat(document.warnings()).extracting(ParseWarning::line).containsExactly(11, 13);
		assertThat(document.warningTexts()).satisfiesExactly(
				first -> assertThat(first).startsWith("line 11: expected a label (").contains("'Expected budget'"),
				second -> assertThat(second).startsWith("line 13: expected a label (").contains("'Risks'"));
		assertThat(area.coLeads()).noneSatisfy(party -> assertThat(party.wording()).containsIgnoringCase("risk"));
	}

}
