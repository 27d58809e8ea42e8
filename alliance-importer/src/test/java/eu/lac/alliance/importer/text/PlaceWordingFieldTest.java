package eu.lac.alliance.importer.text;

import java.time.LocalDate;

import eu.lac.alliance.importer.document.ParseContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Location fields that name a building or say the event was hybrid, and event dates a
 * story writes without their year under a dateline.
 */
class PlaceWordingFieldTest {

	private static final ParseContext CONTEXT = ParseContext.reference();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null",
			value = { "Madrid, Spain|Madrid|ES", "Casa de América, Madrid, Spain|Madrid|ES",
					"Hybrid – Madrid, Spain and online|Madrid|ES", "Madrid (Spain)|Madrid|ES",
					"Centro de Convenciones, Ciudad de Panamá, Panamá|Ciudad de Panamá|PA", "Online|null|null",
					"Virtual event|null|null", "Brussels|Brussels|BE", "Spain|null|ES" })
	void aLocationFieldGivesTheCityBeforeItsCountry(String field, String city, String country) {
		var place = PlaceWording.parseField(field, CONTEXT.countries()).orElseThrow();

		assertThat(place.city()).isEqualTo(city);
		assertThat(place.countryCode()).isEqualTo(country);
		assertThat(place.wording()).isEqualTo(field);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null",
			value = { "Today, on 14 and 15 February, ministers meet.|2025-02-14|2025-02-15|14 and 15 February",
					"The dialogue took place on 5-6 November in Lima.|2025-11-05|2025-11-06|5-6 November",
					"Del 3 al 5 de junio, en Bogotá.|2025-06-03|2025-06-05|3 al 5 de junio",
					"On June 3-5 the forum met.|2025-06-03|2025-06-05|June 3-5",
					"from 30 January to 2 February|2025-01-30|2025-02-02|30 January to 2 February",
					"It met on 14 February 2026.|null|null|null", "Deadline: by 30 June.|null|null|null",
					"It met on 31 February.|null|null|null" })
	void datesWithoutTheirYearTakeTheYearGiven(String text, LocalDate start, LocalDate end, String wording) {
		var dates = DateWording.findEventDatesWithoutYear(text, 2025);

		assertThat(dates.map(d -> d.start().exact()).orElse(null)).isEqualTo(start);
		assertThat(dates.map(d -> d.end().exact()).orElse(null)).isEqualTo(end);
		assertThat(dates.map(DateRange::wording).orElse(null)).isEqualTo(wording);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null",
			value = { "23/10/2024|2024-10-23|2024-10-23", "03.06.2025 - 05.06.2025|2025-06-03|2025-06-05",
					"10/23/2024|2024-10-23|2024-10-23", "23-10-2024 to 25-10-2024|2024-10-23|2024-10-25",
					"31/02/2025|null|null", "2024-10-23|null|null" })
	void datesInFiguresAreReadDayFirst(String text, LocalDate start, LocalDate end) {
		var dates = DateWording.findNumericDates(text);

		assertThat(dates.map(d -> d.start().exact()).orElse(null)).isEqualTo(start);
		assertThat(dates.map(d -> d.end().exact()).orElse(null)).isEqualTo(end);
	}

}
