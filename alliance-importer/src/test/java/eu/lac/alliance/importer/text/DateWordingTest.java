package eu.lac.alliance.importer.text;

import java.time.LocalDate;

import eu.lac.alliance.domain.actionitem.Deadline;
import eu.lac.alliance.domain.dialogue.DatePrecision;
import eu.lac.alliance.importer.layout.LayoutParserChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateWordingTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# text                                                               | start      | end        | precision | wording
					held a dialogue on 14-16 February 2024 in Santo Domingo                | 2024-02-14 | 2024-02-16 | DAY       | 14-16 February 2024
					the Digital Alliance Days, 27-29 November 2023                         | 2023-11-27 | 2023-11-29 | DAY       | 27-29 November 2023
					November 5-6, 2024                                                     | 2024-11-05 | 2024-11-06 | DAY       | November 5-6, 2024
					held in Santiago de Chile, on November 5-6, 2024, brought together     | 2024-11-05 | 2024-11-06 | DAY       | November 5-6, 2024
					October 23-25, 2024                                                    | 2024-10-23 | 2024-10-25 | DAY       | October 23-25, 2024
					took place in Madrid from October 23-25, 2024, as part of              | 2024-10-23 | 2024-10-25 | DAY       | October 23-25, 2024
					23 October - 25 October 2024                                           | 2024-10-23 | 2024-10-25 | DAY       | 23 October - 25 October 2024
					from 30 November - 2 December 2024                                     | 2024-11-30 | 2024-12-02 | DAY       | 30 November - 2 December 2024
					30 December 2024 – 2 January 2025                                      | 2024-12-30 | 2025-01-02 | DAY       | 30 December 2024 – 2 January 2025
					30 December - 2 January 2025                                           | 2024-12-30 | 2025-01-02 | DAY       | 30 December - 2 January 2025
					October 30 - November 1, 2024                                          | 2024-10-30 | 2024-11-01 | DAY       | October 30 - November 1, 2024
					held in Santo Domingo (Dominican Republic) in February of 2024 is the  | 2024-02-01 | 2024-02-01 | MONTH     | February of 2024
					a dialogue in February 2024.                                           | 2024-02-01 | 2024-02-01 | MONTH     | February 2024
					**Date**: 2024-10-23                                                   | 2024-10-23 | 2024-10-23 | DAY       | 2024-10-23
					from 2024-10-23 to 2024-10-25                                          | 2024-10-23 | 2024-10-25 | DAY       | 2024-10-23 to 2024-10-25
					celebrado el 14 de febrero de 2024 en Santo Domingo                    | 2024-02-14 | 2024-02-14 | DAY       | 14 de febrero de 2024
					los días 5 y 6 de noviembre de 2024                                    | 2024-11-05 | 2024-11-06 | DAY       | 5 y 6 de noviembre de 2024
					del 30 de noviembre al 2 de diciembre de 2024                          | 2024-11-30 | 2024-12-02 | DAY       | 30 de noviembre al 2 de diciembre de 2024
					realizado em 5-6 de novembro de 2024                                   | 2024-11-05 | 2024-11-06 | DAY       | 5-6 de novembro de 2024
					em março de 2025                                                       | 2025-03-01 | 2025-03-01 | MONTH     | março de 2025
					on the 5th of November 2024                                            | 2024-11-05 | 2024-11-05 | DAY       | 5th of November 2024
					5th-6th November 2024                                                  | 2024-11-05 | 2024-11-06 | DAY       | 5th-6th November 2024
					Sept. 12, 2024                                                         | 2024-09-12 | 2024-09-12 | DAY       | Sept. 12, 2024
					14-16 February 2024 and later in November 2023                         | 2024-02-14 | 2024-02-16 | DAY       | 14-16 February 2024
					deliver by June 2024; the dialogue met in March 2024                   | 2024-03-01 | 2024-03-01 | MONTH     | March 2024
					the 2023 Digital Alliance Days and the EU-CELAC Summit 2025            |            |            |           |
					30 February 2024                                                       |            |            |           |
					16-14 February 2024                                                    |            |            |           |
					published 19.05.2025                                                   |            |            |           |
					""")
	void findsTheFirstEventDate(String text, LocalDate start, LocalDate end, DatePrecision precision, String wording) {
		var found = DateWording.findEventDates(text);
		if (start == null) {
			assertThat(found).isEmpty();
			return;
		}
		assertThat(found).isPresent();
		assertThat(found.get().start().date()).isEqualTo(start);
		assertThat(found.get().end().date()).isEqualTo(end);
		assertThat(found.get().start().precision()).isEqualTo(precision);
		assertThat(found.get().end().precision()).isEqualTo(precision);
		assertThat(found.get().wording()).isEqualTo(wording);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# text                                                                       | due on     | wording
					Finalise roadmap for investment mobilisation and skills programmes by Q2 2025. | 2025-06-30 | by Q2 2025
					deliver the study by June 2024                                                 | 2024-06-30 | by June 2024
					a workshop in January 2024                                                     | 2024-01-31 | in January 2024
					report by the end of 2025                                                      | 2025-12-31 | by the end of 2025
					report by end-2025                                                             | 2025-12-31 | by end-2025
					a pilot in H1 2025                                                             | 2025-06-30 | in H1 2025
					H2 2025                                                                        | 2025-12-31 | H2 2025
					during the first half of 2025                                                  | 2025-06-30 | during the first half of 2025
					the second half of 2026                                                        | 2026-12-31 | the second half of 2026
					sign the agreement by 15 March 2025                                            | 2025-03-15 | by 15 March 2025
					sign the agreement by March 15, 2025                                           | 2025-03-15 | by March 15, 2025
					present results at the EU-CELAC Summit in 2025                                 | 2025-12-31 | in 2025
					before 2026                                                                    | 2025-12-31 | before 2026
					Q3-2025                                                                        | 2025-09-30 | Q3-2025
					by the third quarter of 2025                                                   | 2025-09-30 | by the third quarter of 2025
					terminar la hoja de ruta para el segundo trimestre de 2025                     | 2025-06-30 | para el segundo trimestre de 2025
					publicar el informe antes de junio de 2025                                     | 2025-05-31 | antes de junio de 2025
					a finales de 2025                                                              | 2025-12-31 | a finales de 2025
					hasta el 30 de septiembre de 2025                                              | 2025-09-30 | hasta el 30 de septiembre de 2025
					até o primeiro semestre de 2026                                                | 2026-06-30 | até o primeiro semestre de 2026
					by mid-2025                                                                    | 2025-06-30 | by mid-2025
					no later than 2025-04-30                                                       | 2025-04-30 | no later than 2025-04-30
					Report in November 2024 and at the EU-CELAC Summit in 2025.                    | 2024-11-30 | in November 2024
					at the Summit in 2025 and earlier, by Q1 2025                                  | 2025-03-31 | by Q1 2025
					building on the 2023 Cybersecurity High-Level Dialogue                         |            |
					ahead of the EU-CELAC Summit 2025                                              |            |
					continue exchanging best practices                                             |            |
					Create a network by end of Q3 2025.                                            | 2025-09-30 | by end of Q3 2025
					Publish it by the end of H1 2026.                                              | 2026-06-30 | by the end of H1 2026
					Publicar la guía a finales del Q4 2025.                                        | 2025-12-31 | a finales del Q4 2025
					""")
	void findsTheEarliestDeadline(String text, LocalDate dueOn, String wording) {
		var found = DateWording.findDeadline(text);
		if (dueOn == null) {
			assertThat(found).isEmpty();
			return;
		}
		assertThat(found).contains(new Deadline(dueOn, wording));
	}

	@Test
	void fiveMegabytesOfProseFullOfDatesAreReadInSeconds() {
		String paragraph = "The forum met in Madrid from October 23-25, 2024 and agreed to act by Q2 2025 or in 2026. "
				+ "14 ".repeat(40) + "November ".repeat(20) + " \t".repeat(50) + "by Q 2020x 19 ";
		String text = paragraph.repeat(5_000_000 / paragraph.length());
		long started = System.nanoTime();
		assertThat(DateWording.findEventDates(text)).map(DateRange::wording).contains("October 23-25, 2024");
		assertThat(DateWording.findDeadline(text)).map(Deadline::wording).contains("by Q2 2025");
		// a guard against a backtracking blow-up (hours on 5 MB), with room for a loaded
		// machine
		assertThat(System.nanoTime() - started).as("a blow-up guard, not a timing")
			.isLessThan(LayoutParserChecks.BLOW_UP_GUARD.toNanos());
	}

}
