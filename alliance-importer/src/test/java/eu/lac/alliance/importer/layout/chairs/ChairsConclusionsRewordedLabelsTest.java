package eu.lac.alliance.importer.layout.chairs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedObjective;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Chairs' conclusions whose row labels nobody on the team wrote: "Main objective",
 * "Working method", "Knowledge transfer", "Skills development", "Collaborative projects",
 * "Transferencia de conocimientos", "Refuerzo de capacidades", "Troca de conhecimentos",
 * "Ações conjuntas", each a line of {@code vocabulary/chairs-row-labels.tsv}; checked
 * field by field, and a row with an unknown label reported at its line.
 */
class ChairsConclusionsRewordedLabelsTest {

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	private static ParsedDocument read(String name) throws IOException {
		Path file = TEST_RESOURCES.resolve("variants/chairs-conclusions").resolve(name);
		ParsedDocument document = READER.read(name, Files.readAllBytes(file), ParseContext.reference());
		assertThat(document.layout()).isEqualTo(Layout.CHAIRS_CONCLUSIONS);
		return document;
	}

	@Test
	void englishRewordedLabelsAreReadAndAnUnknownRowIsWarnedAtItsLine() throws IOException {
		ParsedDocument document = read("reworded-labels-connectivity-en.txt");

		assertThat(document.dialogue().title()).isEqualTo("EU-LAC High Level Dialogue on Connectivity");
		assertThat(document.dialogue().kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(document.objectives())
			.extracting(ParsedObjective::code, ParsedObjective::text, ParsedObjective::scope, ParsedObjective::lines)
			.containsExactly(
					tuple(null, "Secure and affordable connectivity for all.", ObjectiveScope.OVERALL, LineSpan.of(5)),
					tuple(null, "Peer learning between regulators.", ObjectiveScope.MODE_OF_ACTION, LineSpan.of(6)),
					tuple("I", "Resilient cables between the regions.", ObjectiveScope.ACTION_AREA,
							new LineSpan(8, 10)));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::description,
					ParsedActionItem::objectiveCode, ParsedActionItem::lines)
			.containsExactly(
					tuple("1", ActionItemCategory.INFORMATION_SHARING, "Share cable-protection practices.", "I",
							LineSpan.of(11)),
					tuple("2", ActionItemCategory.CAPACITY_BUILDING, "Train regulators on cable permits.", "I",
							LineSpan.of(12)),
					tuple("3", ActionItemCategory.JOINT_INITIATIVE, "Joint study of a new cable route.", "I",
							LineSpan.of(13)));
		assertThat(document.warnings()).extracting(ParseWarning::line, ParseWarning::message)
			.containsExactly(tuple(14, "row \"Expected budget\" not understood, skipped"));
	}

	@Test
	void spanishRewordedLabelsAreRead() throws IOException {
		ParsedDocument document = read("reworded-labels-ai-es.txt");

		assertThat(document.dialogue().kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(document.policyAreas()).extracting(area -> area.name()).containsExactly("Artificial Intelligence");
		assertThat(document.objectives()).extracting(ParsedObjective::text, ParsedObjective::scope)
			.containsExactly(tuple("Una IA confiable para la UE y ALC.", ObjectiveScope.OVERALL),
					tuple("Intercambio entre autoridades.", ObjectiveScope.MODE_OF_ACTION),
					tuple("Acceso compartido a supercomputadores.", ObjectiveScope.ACTION_AREA));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::description)
			.containsExactly(
					tuple("1", ActionItemCategory.INFORMATION_SHARING, "Compartir buenas prácticas de acceso."),
					tuple("2", ActionItemCategory.CAPACITY_BUILDING, "Escuela de verano sobre supercomputación."),
					tuple("3", ActionItemCategory.JOINT_INITIATIVE, "Convocatoria conjunta en 2026."));
		assertThat(document.warningTexts()).noneMatch(warning -> warning.contains("not understood"));
	}

	@Test
	void portugueseRewordedLabelsAreRead() throws IOException {
		ParsedDocument document = read("reworded-labels-cybersecurity-pt.txt");

		assertThat(document.dialogue().kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(document.policyAreas()).extracting(area -> area.name()).containsExactly("Cybersecurity");
		assertThat(document.objectives()).extracting(ParsedObjective::text, ParsedObjective::scope)
			.containsExactly(tuple("Um ciberespaço seguro para a UE e a ALC.", ObjectiveScope.OVERALL),
					tuple("Cooperação entre equipas de resposta.", ObjectiveScope.MODE_OF_ACTION),
					tuple("Equipas de resposta mais capazes.", ObjectiveScope.ACTION_AREA));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::description)
			.containsExactly(tuple("1", ActionItemCategory.INFORMATION_SHARING, "Partilhar relatórios de incidentes."),
					tuple("2", ActionItemCategory.CAPACITY_BUILDING, "Formação de equipas nacionais."),
					tuple("3", ActionItemCategory.JOINT_INITIATIVE, "Exercício conjunto em 2026."));
		assertThat(document.warningTexts()).noneMatch(warning -> warning.contains("not understood"));
	}

}
