package eu.lac.alliance.importer.layout.chairs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Action-area headings however the conversion placed and punctuated them, and prose that
 * only mentions one.
 */
class ActionAreaHeadingTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Action Area I: Diplomatic level | I | Diplomatic level
					EU-LAC Digital Alliance Cyber Collaboration Platform *Action Area III: Technical level* | III | Technical level
					## Action Area 2 – Policy level | 2 | Policy level
					ACTION AREA IV: OPERATIONAL LEVEL | IV | OPERATIONAL LEVEL
					Action Area II Policy level | II | Policy level
					Action area 1 (Regulatory level) | 1 | Regulatory level
					Área de acción III: Nivel técnico | III | Nivel técnico
					Eixo de ação 2: Nível técnico | 2 | Nível técnico
					""")
	void headingsGiveTheirNumeralAsWrittenAndTheirName(String line, String code, String title) {
		assertThat(ActionAreaHeading.in(line)).contains(new ActionAreaHeading(code, title));
	}

	@ParameterizedTest
	@ValueSource(strings = { "These action areas and joint collaborations reflect this vision.",
			"As agreed in Action Area II, the partners will report. They will meet again in 2025.",
			"Action Area Information Sharing", "Action Area II and more words in lower case" })
	void proseThatMentionsActionAreasIsNoHeading(String line) {
		assertThat(ActionAreaHeading.in(line)).isEmpty();
	}

}
