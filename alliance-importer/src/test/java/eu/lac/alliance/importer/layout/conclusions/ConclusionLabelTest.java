package eu.lac.alliance.importer.layout.conclusions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConclusionLabelTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Objective until 2025 | OBJECTIVE
			Objective until 2027 | OBJECTIVE
			Objetivo hasta 2025 | OBJECTIVE
			Main challenges highlighted | CHALLENGES
			Desafíos principales | CHALLENGES
			Principales retos | CHALLENGES
			EU-LAC cooperation opportunities | OPPORTUNITIES
			Oportunidades de cooperación UE-ALC | OPPORTUNITIES
			Oportunidades de cooperação | OPPORTUNITIES
			Next steps | NEXT_STEPS
			Próximos pasos | NEXT_STEPS
			Próximos passos | NEXT_STEPS
			Co-leads | CO_LEADS
			Co-líderes | CO_LEADS
			Colíderes | CO_LEADS
			CO-LEADS | CO_LEADS
			""")
	void labelsAreRecognisedByMeaningInEnglishSpanishAndPortuguese(String cell, ConclusionLabel expected) {
		assertThat(ConclusionLabel.of(cell)).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Main chalenges highlighted | CHALLENGES
			Next stpes | NEXT_STEPS
			EU-LAC cooperation oportunities | OPPORTUNITIES
			Objetive until 2025 | OBJECTIVE
			""")
	void typosAreMatchedOnlyByTheLenientLookup(String cell, ConclusionLabel expected) {
		assertThat(ConclusionLabel.of(cell)).isEmpty();
		assertThat(ConclusionLabel.closest(cell)).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Expected budget", "Information Sharing", "Component", "Joint Initiatives",
			"Overall objective of the Digital Alliance High-Level Policy Dialogue on Cybersecurity and more", "" })
	void otherCellsAreNoLabel(String cell) {
		assertThat(ConclusionLabel.of(cell)).isEmpty();
		assertThat(ConclusionLabel.closest(cell)).isEmpty();
	}

}
