package eu.lac.alliance.importer.layout.chairs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** Row labels are matched by meaning in English, Spanish and Portuguese. */
class RowLabelTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Information Sharing | INFORMATION_SHARING
			Intercambio de información | INFORMATION_SHARING
			Exchange of information: | INFORMATION_SHARING
			Cyber Capacity Building | CAPACITY_BUILDING
			<b>Capacity Building</b> | CAPACITY_BUILDING
			Desarrollo de capacidades | CAPACITY_BUILDING
			Fortalecimiento de capacidades | CAPACITY_BUILDING
			Joint Initiatives | JOINT_INITIATIVE
			Iniciativas conjuntas | JOINT_INITIATIVE
			Ações conjuntas | JOINT_INITIATIVE
			Compartilhamento de informações | INFORMATION_SHARING
			Troca de informações | INFORMATION_SHARING
			Intercambio de experiencias | INFORMATION_SHARING
			Exchange of experiences | INFORMATION_SHARING
			Iniciativas comuns | JOINT_INITIATIVE
			Capacitação | CAPACITY_BUILDING
			""")
	void actionCategoriesAreReadByMeaning(String label, ActionItemCategory category) {
		assertThat(RowLabel.of(label)).isEqualTo(new RowLabel(RowLabel.Kind.ACTIONS, category));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Overall objective of the Digital Alliance High-Level Policy Dialogue on Cybersecurity | OVERALL_OBJECTIVE
			Objetivo general del Diálogo | OVERALL_OBJECTIVE
			Overall mode of action towards the EU-CELAC Summit in 2025 | MODE_OF_ACTION
			Modo de acción general | MODE_OF_ACTION
			Specific objective | SPECIFIC_OBJECTIVE
			Objetivo específico: | SPECIFIC_OBJECTIVE
			Next steps | OTHER
			Main challenges highlighted | OTHER
			""")
	void objectiveRowsAreReadByMeaning(String label, RowLabel.Kind kind) {
		assertThat(RowLabel.of(label).kind()).isEqualTo(kind);
	}

}
