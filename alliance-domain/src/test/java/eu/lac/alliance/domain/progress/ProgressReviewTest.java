package eu.lac.alliance.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

class ProgressReviewTest {

	private final ProgressUpdate update = new ProgressUpdate(
			new ActionItem(new Dialogue("EU-LAC Digital Alliance Days", DialogueKind.ALLIANCE_DAYS),
					new PolicyArea("Connectivity", "CONN"), "2", "Extend BELLA", null,
					ActionItemCategory.JOINT_INITIATIVE, null),
			new Country("BR", "Brazil", Region.LATIN_AMERICA_CARIBBEAN, Set.of()), CompletionStatus.SUBSTANTIAL,
			LocalDate.of(2025, 11, 1), null, null, "focal.point@gov.br", Instant.parse("2025-11-02T09:00:00Z"));

	@Test
	void aReturnedUpdateNeedsAReasonForItsAuthor() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProgressReview(update, ReviewState.RETURNED, "secretariat", null))
			.withMessageContaining("reason");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProgressReview(update, ReviewState.RETURNED, "secretariat", "  "))
			.withMessageContaining("reason");
	}

	@Test
	void aReturnedUpdateWithAReasonIsRecorded() {
		ProgressReview review = new ProgressReview(update, ReviewState.RETURNED, "secretariat",
				"Please link the signed agreement.");

		assertThat(review.getDecision()).isEqualTo(ReviewState.RETURNED);
		assertThat(review.getComment()).isEqualTo("Please link the signed agreement.");
		assertThat(review.getUpdate()).isSameAs(update);
	}

	@Test
	void aValidationNeedsNoComment() {
		ProgressReview review = new ProgressReview(update, ReviewState.VALIDATED, "secretariat", null);

		assertThat(review.getDecision()).isEqualTo(ReviewState.VALIDATED);
		assertThat(review.getComment()).isNull();
	}

	@Test
	void theReviewTimeIsLeftToTheDatabase() {
		ProgressReview review = new ProgressReview(update, ReviewState.VALIDATED, "secretariat", null);

		assertThat(review.getReviewedAt()).as("set by the database on insert, read back after").isNull();
	}

	@Test
	void aReviewCannotLeaveAnUpdatePending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProgressReview(update, ReviewState.PENDING, "secretariat", null));
	}

}
