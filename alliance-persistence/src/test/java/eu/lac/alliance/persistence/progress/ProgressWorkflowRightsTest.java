package eu.lac.alliance.persistence.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.JoiningRefused;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.actionitem.Participation;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.domain.progress.AlreadyDecided;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ProgressRefused;
import eu.lac.alliance.domain.progress.ProgressReport;
import eu.lac.alliance.domain.progress.ProgressUpdate;
import eu.lac.alliance.domain.progress.ProgressWorkflow;
import eu.lac.alliance.domain.progress.ReviewState;
import eu.lac.alliance.persistence.testing.PersistenceTest;

/**
 * The rights rule where the change happens: who may log, validate, return, comment and
 * join, checked by counting what the database holds after each attempt.
 */
@PersistenceTest
class ProgressWorkflowRightsTest {

	static final Actor SECRETARIAT = new Actor("sec", Role.SECRETARIAT, null);

	static final Actor ADMIN = new Actor("admin", Role.ADMIN, null);

	static final Actor FOCAL_MX = new Actor("focal-mx", Role.FOCAL_POINT, "MX");

	static final Actor FOCAL_BR = new Actor("focal-br", Role.FOCAL_POINT, "BR");

	static final Actor FOCAL_EE = new Actor("focal-ee", Role.FOCAL_POINT, "EE");

	static final Actor FOCAL_AR = new Actor("focal-ar", Role.FOCAL_POINT, "AR");

	@Autowired
	ProgressWorkflow workflow;

	@Autowired
	CountryRepository countries;

	@Autowired
	PolicyAreaRepository policyAreas;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	private ActionItem mexican;

	private ActionItem brazilian;

	private ActionItem withdrawn;

	private ActionItem open;

	@BeforeEach
	void items() {
		Dialogue dialogue = entityManager.persist(new Dialogue("Digital Alliance Days", DialogueKind.ALLIANCE_DAYS));
		PolicyArea area = policyAreas.findByName("Cybersecurity").orElseThrow();
		mexican = entityManager.persist(item(dialogue, area, "1", "MX"));
		brazilian = entityManager.persist(item(dialogue, area, "2", "BR"));
		ActionItem dropped = item(dialogue, area, "3", "MX");
		dropped.withdraw();
		withdrawn = entityManager.persist(dropped);
		ActionItem forMembers = item(dialogue, area, "4");
		forMembers.openToEveryMember();
		open = entityManager.persist(forMembers);
		entityManager.flush();
	}

	private ActionItem item(Dialogue dialogue, PolicyArea area, String code, String... named) {
		ActionItem item = new ActionItem(dialogue, area, code, "Item " + code, null,
				ActionItemCategory.INFORMATION_SHARING, null);
		for (String country : named) {
			item.addParticipation(Participation.ofCountry(countries.findById(country).orElseThrow(),
					ParticipantRole.CO_LEAD, List.of(), null));
		}
		return item;
	}

	private static ProgressReport report(CompletionStatus status) {
		return new ProgressReport(status, LocalDate.of(2025, 10, 1), "pilot <b>under</b> way",
				List.of("https://www.gob.mx/report", "http://example.org/a"));
	}

	@Test
	void aFocalPointLogsForItsOwnCountryOnItsItemAndTheUpdateAwaitsValidation() {
		ProgressUpdate update = workflow.log(FOCAL_MX, mexican.getId(), "MX", report(CompletionStatus.LIMITED), null);

		assertThat(jdbc.queryForMap("select author, on_behalf, note from progress_update where id = ?", update.getId()))
			.containsEntry("author", "focal-mx")
			.containsEntry("on_behalf", false)
			.containsEntry("note", "pilot <b>under</b> way");
		assertThat(jdbc.queryForList("select url from progress_evidence where progress_update_id = ? order by position",
				String.class, update.getId()))
			.containsExactly("https://www.gob.mx/report", "http://example.org/a");
		assertThat(count("progress_review")).isZero();
		assertThat(count("item_country_status")).isZero();
	}

	@Test
	void aFocalPointIsRefusedForAnotherCountryAnItemItsCountryIsNotInOrAWithdrawnItem() {
		assertThatThrownBy(() -> workflow.log(FOCAL_MX, mexican.getId(), "BR", report(CompletionStatus.LIMITED), null))
			.isInstanceOf(ProgressRefused.class);
		assertThatThrownBy(
				() -> workflow.log(FOCAL_MX, brazilian.getId(), "MX", report(CompletionStatus.LIMITED), null))
			.isInstanceOf(ProgressRefused.class);
		assertThatThrownBy(
				() -> workflow.log(FOCAL_MX, withdrawn.getId(), "MX", report(CompletionStatus.LIMITED), null))
			.isInstanceOf(ProgressRefused.class);
		assertThatThrownBy(() -> workflow.log(FOCAL_EE, open.getId(), "EE", report(CompletionStatus.LIMITED), null))
			.as("an open item before the country joined it")
			.isInstanceOf(ProgressRefused.class);

		assertThat(count("progress_update")).isZero();
	}

	@Test
	void theSecretariatLogsOnACountrysBehalfValidatedAtOnceButOnlyForACountryTakingPart() {
		ProgressUpdate update = workflow.log(SECRETARIAT, mexican.getId(), "MX", report(CompletionStatus.COMPLETE),
				null);

		assertThat(jdbc.queryForObject("select on_behalf from progress_update where id = ?", Boolean.class,
				update.getId()))
			.isTrue();
		assertThat(jdbc.queryForMap("select decision, reviewer from progress_review where progress_update_id = ?",
				update.getId()))
			.containsEntry("decision", "VALIDATED")
			.containsEntry("reviewer", "sec");
		assertThat(jdbc.queryForObject("select status from item_country_status where action_item_id = ?", String.class,
				mexican.getId()))
			.isEqualTo("COMPLETE");

		assertThatThrownBy(() -> workflow.log(ADMIN, mexican.getId(), "AR", report(CompletionStatus.LIMITED), null))
			.isInstanceOf(ProgressRefused.class);
		assertThat(count("progress_update")).isEqualTo(1);
	}

	@Test
	void onlyTheSecretariatValidatesAndOneDecisionStandsWithItsReviewerNamed() {
		ProgressUpdate update = workflow.log(FOCAL_MX, mexican.getId(), "MX", report(CompletionStatus.SUBSTANTIAL),
				null);

		assertThatThrownBy(() -> workflow.validate(FOCAL_MX, update.getId())).isInstanceOf(ProgressRefused.class);
		assertThat(count("progress_review")).isZero();

		workflow.validate(SECRETARIAT, update.getId());
		assertThat(jdbc.queryForObject("select percent from item_progress where action_item_id = ?", Integer.class,
				mexican.getId()))
			.isEqualTo(67);

		assertThatThrownBy(() -> workflow.validate(ADMIN, update.getId())).isInstanceOf(AlreadyDecided.class)
			.satisfies(ex -> assertThat(((AlreadyDecided) ex).reviewer()).isEqualTo("sec"));
		assertThatThrownBy(() -> workflow.returnToAuthor(ADMIN, update.getId(), "why?"))
			.isInstanceOf(AlreadyDecided.class);
		assertThat(count("progress_review")).isEqualTo(1);
	}

	@Test
	void aReturnedUpdateNeedsAReasonCountsForNothingAndIsCorrectedByANewUpdate() {
		ProgressUpdate first = workflow.log(FOCAL_MX, mexican.getId(), "MX", report(CompletionStatus.COMPLETE), null);
		assertThatThrownBy(() -> workflow.returnToAuthor(SECRETARIAT, first.getId(), " "))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> workflow.returnToAuthor(FOCAL_MX, first.getId(), "no"))
			.isInstanceOf(ProgressRefused.class);
		assertThat(
				workflow.returnToAuthor(SECRETARIAT, first.getId(), "Please link the signed agreement.").getDecision())
			.isEqualTo(ReviewState.RETURNED);
		assertThat(count("item_country_status")).isZero();

		ProgressUpdate pending = workflow.log(FOCAL_MX, mexican.getId(), "MX", report(CompletionStatus.LIMITED), null);
		assertThatThrownBy(
				() -> workflow.log(FOCAL_MX, mexican.getId(), "MX", report(CompletionStatus.LIMITED), pending.getId()))
			.as("only a returned update is corrected")
			.isInstanceOf(ProgressRefused.class);
		ProgressUpdate correction = workflow.log(FOCAL_MX, mexican.getId(), "MX", report(CompletionStatus.SUBSTANTIAL),
				first.getId());

		assertThat(jdbc.queryForObject("select corrects_update_id from progress_update where id = ?", Long.class,
				correction.getId()))
			.isEqualTo(first.getId());
	}

	@Test
	void commentsComeFromTheSecretariatOrTheFocalPointOfTheUpdatesCountry() {
		ProgressUpdate update = workflow.log(FOCAL_MX, mexican.getId(), "MX", report(CompletionStatus.LIMITED), null);

		workflow.comment(SECRETARIAT, update.getId(), "Which ministry signed?");
		workflow.comment(FOCAL_MX, update.getId(), "The ministry of economy.");
		assertThatThrownBy(() -> workflow.comment(FOCAL_BR, update.getId(), "hello"))
			.isInstanceOf(ProgressRefused.class);

		assertThat(jdbc.queryForList("select author from progress_comment order by id", String.class))
			.containsExactly("sec", "focal-mx");
	}

	@Test
	void aFocalPointOfAMemberJoinsAnOpenItemAndMayThenLogOnIt() {
		assertThatThrownBy(() -> workflow.join(SECRETARIAT, open.getId())).isInstanceOf(ProgressRefused.class);
		assertThatThrownBy(() -> workflow.join(FOCAL_AR, open.getId())).as("Argentina is no member here")
			.isInstanceOf(JoiningRefused.class);
		assertThatThrownBy(() -> workflow.join(FOCAL_MX, mexican.getId())).as("a named item is not open")
			.isInstanceOf(JoiningRefused.class);
		assertThat(count("action_item_joining")).isZero();

		workflow.join(FOCAL_EE, open.getId());
		workflow.log(FOCAL_EE, open.getId(), "EE", report(CompletionStatus.LIMITED), null);

		assertThat(jdbc.queryForObject("select joined_by from action_item_joining where action_item_id = ?",
				String.class, open.getId()))
			.isEqualTo("focal-ee");
		assertThat(count("progress_update")).isEqualTo(1);
	}

	@Test
	void everyChangeIsInTheAuditTrailUnderItsItemAndARefusalRecordsNothing() {
		ProgressUpdate first = workflow.log(FOCAL_MX, mexican.getId(), "MX", report(CompletionStatus.LIMITED), null);
		workflow.returnToAuthor(SECRETARIAT, first.getId(), "Please <b>link</b> the agreement.");
		ProgressUpdate second = workflow.log(FOCAL_MX, mexican.getId(), "MX", report(CompletionStatus.SUBSTANTIAL),
				first.getId());
		workflow.comment(FOCAL_MX, second.getId(), "Linked.");
		workflow.validate(ADMIN, second.getId());
		workflow.log(SECRETARIAT, brazilian.getId(), "BR", report(CompletionStatus.COMPLETE), null);
		workflow.join(FOCAL_EE, open.getId());
		int recorded = count("audit_event");
		assertThatThrownBy(
				() -> workflow.log(FOCAL_MX, brazilian.getId(), "MX", report(CompletionStatus.LIMITED), null))
			.isInstanceOf(ProgressRefused.class);

		assertThat(count("audit_event")).as("a refusal records nothing").isEqualTo(recorded);
		assertThat(jdbc.queryForList(
				"""
						select actor || ' ' || kind || ' ' || subject_type || ' ' || subject_id
						       || coalesce(' ' || (after_state ->> 'status'), '') || coalesce(' ' || (after_state ->> 'reason'), '')
						from audit_event order by id""",
				String.class))
			.containsExactly("focal-mx PROGRESS_LOGGED action_item " + mexican.getId() + " LIMITED",
					"sec PROGRESS_RETURNED action_item " + mexican.getId() + " Please <b>link</b> the agreement.",
					"focal-mx PROGRESS_LOGGED action_item " + mexican.getId() + " SUBSTANTIAL",
					"focal-mx PROGRESS_COMMENTED action_item " + mexican.getId(),
					"admin PROGRESS_VALIDATED action_item " + mexican.getId(),
					"sec PROGRESS_LOGGED action_item " + brazilian.getId() + " COMPLETE",
					"focal-ee ITEM_JOINED action_item " + open.getId());
		assertThat(jdbc.queryForObject(
				"select after_state ->> 'corrects' from audit_event where kind = 'PROGRESS_LOGGED' and after_state ->> 'update' = ?",
				String.class, String.valueOf(second.getId())))
			.isEqualTo(String.valueOf(first.getId()));
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
