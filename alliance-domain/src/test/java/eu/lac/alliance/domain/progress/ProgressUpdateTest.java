package eu.lac.alliance.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.Region;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.policyarea.PolicyArea;

class ProgressUpdateTest {

	private static final Instant SUBMITTED = Instant.parse("2025-11-10T12:00:00Z");

	private final ActionItem item = new ActionItem(
			new Dialogue("EU-LAC Digital Alliance Days", DialogueKind.ALLIANCE_DAYS),
			new PolicyArea("Cybersecurity", "CYB"), "1", "Share incident response practice", null,
			ActionItemCategory.INFORMATION_SHARING, null);

	private final Country mexico = new Country("MX", "Mexico", Region.LATIN_AMERICA_CARIBBEAN, Set.of());

	@Test
	void progressCanBeReportedForTodayOrAnEarlierDay() {
		assertThat(update(LocalDate.of(2025, 11, 10), null).getAsOf()).isEqualTo(LocalDate.of(2025, 11, 10));
		assertThat(update(LocalDate.of(2025, 6, 30), null).getAsOf()).isEqualTo(LocalDate.of(2025, 6, 30));
	}

	@Test
	void progressCannotBeReportedForAFutureDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> update(LocalDate.of(2025, 11, 12), null))
			.withMessageContaining("future date")
			.withMessageContaining("2025-11-12");
	}

	@Test
	void aReporterWhoseCalendarIsADayAheadOfUtcIsNotRefused() {
		assertThat(update(LocalDate.of(2025, 11, 11), null).getAsOf()).isEqualTo(LocalDate.of(2025, 11, 11));
	}

	@Test
	void evidenceMustBeAnHttpLink() {
		for (String notALink : new String[] { "ftp://example.org/report.pdf", "javascript:alert(1)",
				"www.gob.mx/report", "see the minutes" }) {
			assertThatIllegalArgumentException().as(notALink)
				.isThrownBy(() -> update(LocalDate.of(2025, 11, 1), notALink))
				.withMessageContaining("expected an http(s) link")
				.withMessageContaining(notALink);
		}
	}

	@Test
	void httpAndHttpsEvidenceIsKeptAndBlankEvidenceIsNone() {
		assertThat(update(LocalDate.of(2025, 11, 1), "https://www.gob.mx/report").getEvidenceUrl())
			.isEqualTo("https://www.gob.mx/report");
		assertThat(update(LocalDate.of(2025, 11, 1), "HTTP://example.org").getEvidenceUrl())
			.isEqualTo("HTTP://example.org");
		assertThat(update(LocalDate.of(2025, 11, 1), "  ").getEvidenceUrl()).isNull();
	}

	@Test
	void aLinkPastedWithSurroundingSpacesIsAcceptedAndKeptWithoutThem() {
		assertThat(update(LocalDate.of(2025, 11, 1), " https://www.gob.mx/report \n").getEvidenceUrl())
			.isEqualTo("https://www.gob.mx/report");
	}

	@Test
	void theReportersClockOnlyJudgesTheDayTheSubmissionTimeIsLeftToTheDatabase() {
		ProgressUpdate update = update(LocalDate.of(2025, 11, 10), null);

		assertThat(update.getSubmittedAt()).as("set by the database on insert, read back after").isNull();
		assertThatNullPointerException()
			.isThrownBy(() -> new ProgressUpdate(item, mexico, CompletionStatus.LIMITED, LocalDate.of(2025, 11, 10),
					null, null, "focal.point@gob.mx", null))
			.withMessage("reportedAt");
	}

	@Test
	void anUpdateNeedsItsAuthor() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProgressUpdate(item, mexico, CompletionStatus.LIMITED, LocalDate.of(2025, 11, 1),
					null, null, " ", SUBMITTED))
			.withMessageContaining("author");
	}

	private ProgressUpdate update(LocalDate asOf, String evidence) {
		return new ProgressUpdate(item, mexico, CompletionStatus.LIMITED, asOf, "pilot under way", evidence,
				"focal.point@gob.mx", SUBMITTED);
	}

}
