package eu.lac.alliance.domain.progress;

import static eu.lac.alliance.domain.progress.CompletionStatus.COMPLETE;
import static eu.lac.alliance.domain.progress.CompletionStatus.LIMITED;
import static eu.lac.alliance.domain.progress.CompletionStatus.NOT_STARTED;
import static eu.lac.alliance.domain.progress.CompletionStatus.SUBSTANTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.progress.CountryStatusLog.Entry;

class CountryStatusLogTest {

	private static final LocalDate SUMMIT = LocalDate.of(2025, 11, 10);

	@Test
	void eachCountryStandsAtItsLatestEntryOnOrBeforeTheDay() {
		List<Entry> log = List.of(logged("MX", LIMITED, "2025-03-01", "2025-03-02T09:00:00Z"),
				logged("MX", SUBSTANTIAL, "2025-10-01", "2025-10-01T09:00:00Z"),
				logged("DE", NOT_STARTED, "2025-01-15", "2025-01-15T09:00:00Z"),
				logged("DE", COMPLETE, "2025-06-30", "2025-07-01T09:00:00Z"));

		assertThat(CountryStatusLog.asOf(log, SUMMIT)).containsOnly(entry("MX", SUBSTANTIAL), entry("DE", COMPLETE));
	}

	@Test
	void anEntryDatedOnTheDayItselfCounts() {
		List<Entry> log = List.of(logged("BR", LIMITED, "2025-09-01", "2025-09-01T09:00:00Z"),
				logged("BR", COMPLETE, "2025-11-10", "2025-11-10T18:00:00Z"));

		assertThat(CountryStatusLog.asOf(log, SUMMIT)).containsOnly(entry("BR", COMPLETE));
	}

	@Test
	void entriesDatedAfterTheDayAreIgnoredSoTheSummitViewStaysAsItWas() {
		List<Entry> log = List.of(logged("CO", LIMITED, "2025-09-01", "2025-09-01T09:00:00Z"),
				logged("CO", COMPLETE, "2025-11-11", "2025-11-11T09:00:00Z"),
				logged("PE", COMPLETE, "2025-12-01", "2025-12-01T09:00:00Z"));

		assertThat(CountryStatusLog.asOf(log, SUMMIT)).containsOnly(entry("CO", LIMITED));
	}

	@Test
	void twoEntriesForTheSameDayAreSettledByTheLaterSubmission() {
		Entry first = logged("CL", LIMITED, "2025-10-01", "2025-10-02T09:00:00Z");
		Entry correction = logged("CL", SUBSTANTIAL, "2025-10-01", "2025-10-03T09:00:00Z");

		assertThat(CountryStatusLog.asOf(List.of(first, correction), SUMMIT)).containsOnly(entry("CL", SUBSTANTIAL));
		assertThat(CountryStatusLog.asOf(List.of(correction, first), SUMMIT)).containsOnly(entry("CL", SUBSTANTIAL));
	}

	@Test
	void aLaterDateBeatsALaterSubmissionForAnEarlierDate() {
		Entry october = logged("AR", SUBSTANTIAL, "2025-10-01", "2025-10-02T09:00:00Z");
		Entry backdatedSeptember = logged("AR", LIMITED, "2025-09-01", "2025-10-05T09:00:00Z");

		assertThat(CountryStatusLog.asOf(List.of(october, backdatedSeptember), SUMMIT))
			.containsOnly(entry("AR", SUBSTANTIAL));
	}

	@Test
	void anEmptyLogGivesNoStatuses() {
		assertThat(CountryStatusLog.asOf(List.of(), SUMMIT)).isEmpty();
	}

	private static Entry logged(String country, CompletionStatus status, String asOf, String submittedAt) {
		return new Entry(country, status, LocalDate.parse(asOf), Instant.parse(submittedAt));
	}

}
