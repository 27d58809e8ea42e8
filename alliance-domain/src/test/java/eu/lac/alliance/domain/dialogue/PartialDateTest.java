package eu.lac.alliance.domain.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTest {

	@Test
	void aDayIsItsOwnFirstAndLastDay() {
		PartialDate day = PartialDate.day(LocalDate.of(2024, 2, 14));

		assertThat(day.earliest()).isEqualTo(LocalDate.of(2024, 2, 14));
		assertThat(day.latest()).isEqualTo(LocalDate.of(2024, 2, 14));
		assertThat(day.exact()).isEqualTo(LocalDate.of(2024, 2, 14));
	}

	@Test
	void aMonthRunsToItsLastDay() {
		assertThat(PartialDate.month(2025, 11).earliest()).isEqualTo(LocalDate.of(2025, 11, 1));
		assertThat(PartialDate.month(2025, 11).latest()).isEqualTo(LocalDate.of(2025, 11, 30));
		assertThat(PartialDate.month(2025, 12).latest()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void februaryEndsOnThe29thInALeapYear() {
		assertThat(PartialDate.month(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(PartialDate.month(2000, 2).latest()).isEqualTo(LocalDate.of(2000, 2, 29));
		assertThat(PartialDate.month(2025, 2).latest()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(PartialDate.month(1900, 2).latest()).isEqualTo(LocalDate.of(1900, 2, 28));
	}

	@Test
	void aYearRunsFromTheFirstOfJanuaryToTheLastOfDecember() {
		assertThat(PartialDate.year(2024).earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(PartialDate.year(2024).latest()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(PartialDate.year(2025).latest()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void onlyADayPreciseDateHasAnExactDay() {
		assertThat(PartialDate.month(2024, 2).exact()).isNull();
		assertThat(PartialDate.year(2024).exact()).isNull();
	}

	@Test
	void aMonthOrYearMustBeGivenByTheFirstDayOfItsPeriod() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PartialDate(LocalDate.of(2024, 2, 14), DatePrecision.MONTH))
			.withMessageContaining("2024-02-14");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PartialDate(LocalDate.of(2024, 2, 1), DatePrecision.YEAR))
			.withMessageContaining("2024-02-01");
		assertThat(new PartialDate(LocalDate.of(2024, 2, 1), DatePrecision.MONTH))
			.isEqualTo(PartialDate.month(2024, 2));
	}

	@Test
	void aDateAndItsPrecisionAreRequired() {
		assertThatNullPointerException().isThrownBy(() -> new PartialDate(null, DatePrecision.DAY));
		assertThatNullPointerException().isThrownBy(() -> new PartialDate(LocalDate.of(2024, 1, 1), null));
	}

	@Test
	void itPrintsOnlyWhatIsKnown() {
		assertThat(PartialDate.day(LocalDate.of(2024, 2, 14))).hasToString("2024-02-14");
		assertThat(PartialDate.month(2024, 2)).hasToString("2024-02");
		assertThat(PartialDate.year(2024)).hasToString("2024");
	}

}
