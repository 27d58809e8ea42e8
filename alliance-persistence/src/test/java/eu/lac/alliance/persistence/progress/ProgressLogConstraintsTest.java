package eu.lac.alliance.persistence.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ProgressReview;
import eu.lac.alliance.domain.progress.ProgressReviewRepository;
import eu.lac.alliance.domain.progress.ProgressUpdate;
import eu.lac.alliance.domain.progress.ReviewState;
import eu.lac.alliance.domain.progress.ProgressUpdateRepository;
import eu.lac.alliance.persistence.testing.PersistenceTest;

/** What the database itself refuses, whatever code writes to it. */
@PersistenceTest
class ProgressLogConstraintsTest {

	@Autowired
	ProgressUpdateRepository updates;

	@Autowired
	ProgressReviewRepository reviews;

	@Autowired
	CountryRepository countries;

	@Autowired
	PolicyAreaRepository policyAreas;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	private ActionItem item;

	private ProgressUpdate update;

	@BeforeEach
	void anItemWithOneLoggedUpdate() {
		Dialogue dialogue = entityManager.persist(new Dialogue("Digital Alliance Days", DialogueKind.ALLIANCE_DAYS));
		item = entityManager.persist(new ActionItem(dialogue, policyAreas.findByName("Cybersecurity").orElseThrow(),
				"1", "Share incident response practice", null, ActionItemCategory.INFORMATION_SHARING, null));
		update = updates.save(new ProgressUpdate(item, countries.findById("MX").orElseThrow(), CompletionStatus.LIMITED,
				LocalDate.of(2025, 10, 1), "first workshop held", "https://www.gob.mx/report", "focal.point@gob.mx",
				Instant.parse("2025-10-02T09:00:00Z")));
		entityManager.flush();
	}

	@Test
	void aLoggedUpdateCanBeReadButNotEdited() {
		assertThat(jdbc.queryForObject("select status from progress_update where id = ?", String.class, update.getId()))
			.isEqualTo("LIMITED");

		// the application's role lacks the right; the trigger that refuses every role is
		// tried as the owner in AppendOnlyLogGuardsTest
		assertThatThrownBy(
				() -> jdbc.update("update progress_update set status = 'COMPLETE' where id = ?", update.getId()))
			.rootCause()
			.hasMessageContaining("permission denied for table progress_update");
	}

	@Test
	void aLoggedUpdateCannotBeDeleted() {
		assertThatThrownBy(() -> jdbc.update("delete from progress_update where id = ?", update.getId())).rootCause()
			.hasMessageContaining("permission denied for table progress_update");
	}

	@Test
	void aCorrectionIsAppendedAsANewEntry() {
		updates.save(new ProgressUpdate(item, countries.findById("MX").orElseThrow(), CompletionStatus.SUBSTANTIAL,
				LocalDate.of(2025, 10, 1), "second workshop held too", null, "focal.point@gob.mx",
				Instant.parse("2025-10-03T09:00:00Z")));
		entityManager.flush();

		// both were submitted in this test's transaction, so at the same database time:
		// the log's tie-break, the id, orders them
		assertThat(jdbc.queryForList("select status from progress_update order by submitted_at, id", String.class))
			.containsExactly("LIMITED", "SUBSTANTIAL");
	}

	@Test
	void theSubmissionTimeIsTheDatabasesNotTheCallersAndIsReadBackOnSave() {
		OffsetDateTime now = jdbc.queryForObject("select now()", OffsetDateTime.class);

		assertThat(update.getSubmittedAt()).as("the caller's 2025-10-02T09:00:00Z is not stored")
			.isEqualTo(now.toInstant());
		assertThat(jdbc.queryForObject("select submitted_at from progress_update where id = ?", OffsetDateTime.class,
				update.getId()))
			.isEqualTo(now);
	}

	@Test
	void aReviewIsStampedWithTheDatabasesTimeAndIsTheOnlyDecisionOnItsUpdate() {
		ProgressReview review = reviews
			.save(new ProgressReview(update, ReviewState.RETURNED, "secretariat", "Please link the signed agreement."));

		assertThat(review.getId()).isNotNull();
		assertThat(review.getReviewedAt())
			.isEqualTo(jdbc.queryForObject("select now()", OffsetDateTime.class).toInstant());
		assertThatThrownBy(() -> reviews.save(new ProgressReview(update, ReviewState.VALIDATED, "secretariat", null)))
			.hasMessageContaining("progress_review_one_decision_per_update");
	}

	@Test
	void aStoredEntryIsNeverSavedAgain() {
		assertThatThrownBy(() -> updates.save(update)).hasRootCauseInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("never saved again");
	}

	@Test
	void theDatabaseRefusesAReturnedReviewWithoutAReason() {
		String insert = "insert into progress_review (progress_update_id, decision, reviewer, reviewed_at, comment) "
				+ "values (?, ?, 'secretariat', now(), ?)";
		// one decision per update: each review below is on an update of its own
		jdbc.update(insert, update.getId(), "RETURNED", "Please link the signed agreement.");
		jdbc.update(insert, anotherUpdate().getId(), "VALIDATED", null);

		assertThatThrownBy(() -> jdbc.update(insert, anotherUpdate().getId(), "RETURNED", null)).rootCause()
			.hasMessageContaining("progress_review_check");
	}

	private ProgressUpdate anotherUpdate() {
		ProgressUpdate another = updates.save(new ProgressUpdate(item, countries.findById("MX").orElseThrow(),
				CompletionStatus.SUBSTANTIAL, LocalDate.of(2025, 10, 1), "second workshop held", null,
				"focal.point@gob.mx", Instant.parse("2025-10-03T09:00:00Z")));
		entityManager.flush();
		return another;
	}

	@Test
	void theDatabaseRefusesAParticipantThatIsBothACountryAndAnOrganisation() {
		Long giz = jdbc.queryForObject("select id from organisation where acronym = 'GIZ'", Long.class);
		String insert = "insert into participation (action_item_id, country_code, organisation_id, role) values (?, ?, ?, 'PARTNER')";
		jdbc.update(insert, item.getId(), "DE", null);
		jdbc.update(insert, item.getId(), null, giz);

		assertThatThrownBy(() -> jdbc.update(insert, item.getId(), "DE", giz)).rootCause()
			.hasMessageContaining("participation_check");
	}

	@Test
	void theDatabaseRefusesAParticipantThatIsNeitherACountryNorAnOrganisation() {
		assertThatThrownBy(() -> jdbc.update(
				"insert into participation (action_item_id, country_code, organisation_id, role) values (?, null, null, 'ACTOR')",
				item.getId()))
			.rootCause()
			.hasMessageContaining("participation_check");
	}

}
