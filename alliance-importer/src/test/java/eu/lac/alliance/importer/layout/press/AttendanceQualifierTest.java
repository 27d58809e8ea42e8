package eu.lac.alliance.importer.layout.press;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.lac.alliance.domain.dialogue.CountQualifier;

/**
 * One example per qualifier wording family of count-qualifiers.tsv, in three languages.
 */
class AttendanceQualifierTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The dialogue gathered over 150 senior government representatives.|150|OVER
			More than 200 participants attended.|200|OVER
			Reunió a más de 300 participantes.|300|OVER
			Reuniu mais de 120 participantes.|120|OVER
			At least 80 delegates took part.|80|AT_LEAST
			Asistieron al menos 90 expertos.|90|AT_LEAST
			Around 60 stakeholders met.|60|ABOUT
			Participaron cerca de 70 representantes.|70|ABOUT
			Nearly 45 officials joined.|45|NEARLY
			Participaram quase 55 pessoas.|55|NEARLY
			Up to 500 attendees are expected.|500|UP_TO
			The forum had 140 participants.|140|
			""")
	void theQualifierOfACountIsKeptBesideIt(String text, int count, CountQualifier qualifier) {
		Attendance attendance = Attendance.in(text).orElseThrow();

		assertThat(attendance.count()).isEqualTo(count);
		assertThat(attendance.qualifier()).isEqualTo(qualifier);
	}

}
