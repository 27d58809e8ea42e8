package eu.lac.alliance.persistence.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.actionitem.Participation;
import eu.lac.alliance.domain.country.AllianceMembershipRepository;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ProgressReview;
import eu.lac.alliance.domain.progress.ProgressReviewRepository;
import eu.lac.alliance.domain.progress.ProgressUpdate;
import eu.lac.alliance.domain.progress.ProgressUpdateRepository;
import eu.lac.alliance.domain.progress.ReviewState;
import eu.lac.alliance.persistence.testing.PersistenceTest;

/**
 * The kept status tables against the log: what is stored after each validation, joining
 * and rebuild.
 */
@PersistenceTest
class CurrentStatusTest {

	@Autowired
	CurrentStatus currentStatus;

	@Autowired
	ProgressUpdateRepository updates;

	@Autowired
	ProgressReviewRepository reviews;

	@Autowired
	CountryRepository countries;

	@Autowired
	AllianceMembershipRepository memberships;

	@Autowired
	PolicyAreaRepository policyAreas;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	private ActionItem parent;

	private ActionItem mexicoAndChile;

	private ActionItem brazil;

	private ActionItem argentina;

	@BeforeEach
	void aParentWithTwoSubItemsAndAnItemOfItsOwn() {
		Dialogue dialogue = entityManager.persist(new Dialogue("Digital Alliance Days", DialogueKind.ALLIANCE_DAYS));
		PolicyArea area = policyAreas.findByName("Cybersecurity").orElseThrow();
		parent = entityManager.persist(item(dialogue, area, "1", null));
		mexicoAndChile = entityManager.persist(item(dialogue, area, "1.a", parent, "MX", "CL"));
		brazil = entityManager.persist(item(dialogue, area, "1.b", parent, "BR"));
		argentina = entityManager.persist(item(dialogue, area, "2", null, "AR"));
		entityManager.flush();
	}

	private ActionItem item(Dialogue dialogue, PolicyArea area, String code, ActionItem above, String... named) {
		ActionItem item = new ActionItem(dialogue, area, code, "Share incident response practice " + code, null,
				ActionItemCategory.INFORMATION_SHARING, null);
		item.placeUnder(above);
		for (String country : named) {
			item.addParticipation(Participation.ofCountry(countries.findById(country).orElseThrow(),
					ParticipantRole.CO_LEAD, List.of(), null));
		}
		return item;
	}

	@Test
	void aValidatedUpdateSetsItsCountrysStatusAndRollsUpTheItemAndEveryItemAbove() {
		validated(mexicoAndChile, "MX", CompletionStatus.COMPLETE, "2025-10-01");

		assertThat(countryStatus(mexicoAndChile, "MX")).isEqualTo("COMPLETE");
		// Chile has no report: it counts as not started inside an item that has one
		assertThat(progress(mexicoAndChile)).isEqualTo("SUBSTANTIAL 50 1/2");
		// Brazil's sub-item has no report: not started inside a parent that has one
		assertThat(progress(parent)).isEqualTo("LIMITED 25 1/2");
		assertThat(progress(brazil)).as("no report is no row, never 0 %").isNull();
		assertThat(progress(argentina)).isNull();
	}

	@Test
	void pendingAndReturnedUpdatesCountForNothing() {
		ProgressUpdate pending = logged(mexicoAndChile, "MX", CompletionStatus.COMPLETE, "2025-10-01");
		ProgressUpdate returned = logged(mexicoAndChile, "CL", CompletionStatus.COMPLETE, "2025-10-01");
		reviews.save(new ProgressReview(returned, ReviewState.RETURNED, "secretariat", "Which agreement?"));
		currentStatus.countryStatusChanged(mexicoAndChile.getId(), "MX");
		currentStatus.countryStatusChanged(mexicoAndChile.getId(), "CL");

		assertThat(pending.getId()).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from item_country_status", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from item_progress", Integer.class)).isZero();
	}

	@Test
	void theLatestDayReportedOnWinsWhateverTheOrderOfValidation() {
		validated(mexicoAndChile, "MX", CompletionStatus.SUBSTANTIAL, "2025-10-01");
		validated(mexicoAndChile, "MX", CompletionStatus.LIMITED, "2025-06-01");

		assertThat(countryStatus(mexicoAndChile, "MX")).isEqualTo("SUBSTANTIAL");

		validated(mexicoAndChile, "MX", CompletionStatus.COMPLETE, "2025-10-01");
		assertThat(countryStatus(mexicoAndChile, "MX")).as("same day: the later submission").isEqualTo("COMPLETE");
	}

	@Test
	void aWithdrawnSubItemIsLeftOutOfItsParent() {
		validated(mexicoAndChile, "MX", CompletionStatus.COMPLETE, "2025-10-01");
		validated(mexicoAndChile, "CL", CompletionStatus.COMPLETE, "2025-10-01");
		brazil.withdraw();
		currentStatus.participantsChanged(brazil.getId());

		assertThat(progress(parent)).isEqualTo("COMPLETE 100 1/1");
	}

	@Test
	void aCountryJoiningAnOpenItemBecomesAUnitOfIt() {
		argentina.openToEveryMember();
		validated(argentina, "AR", CompletionStatus.COMPLETE, "2025-10-01");
		assertThat(progress(argentina)).isEqualTo("COMPLETE 100 1/1");

		argentina.join(memberships.findByCountryCode("EE").orElseThrow(), "focal-ee");
		currentStatus.participantsChanged(argentina.getId());

		assertThat(progress(argentina)).isEqualTo("SUBSTANTIAL 50 1/2");
	}

	@Test
	void rebuildingFromTheLogGivesWhatTheIncrementalUpdatesKept() {
		validated(mexicoAndChile, "MX", CompletionStatus.COMPLETE, "2025-10-01");
		validated(mexicoAndChile, "CL", CompletionStatus.LIMITED, "2025-09-01");
		validated(brazil, "BR", CompletionStatus.WITHDRAWN, "2025-09-01");
		validated(argentina, "AR", CompletionStatus.NOT_STARTED, "2025-02-01");
		logged(argentina, "AR", CompletionStatus.COMPLETE, "2025-10-01");
		List<Map<String, Object>> statuses = table("item_country_status");
		List<Map<String, Object>> progress = table("item_progress");
		assertThat(progress).hasSize(4);

		jdbc.update("delete from item_progress");
		jdbc.update("update item_country_status set status = 'COMPLETE'");
		currentStatus.rebuildAll();

		assertThat(table("item_country_status")).isEqualTo(statuses);
		assertThat(table("item_progress")).isEqualTo(progress);
		assertThat(progress(parent)).as("the withdrawn country leaves its sub-item withdrawn, out of the mean")
			.isEqualTo("SUBSTANTIAL 67 2/2");
		assertThat(progress(argentina)).as("a pending update counts for nothing").isEqualTo("NOT_STARTED 0 1/1");
	}

	@Test
	void aRebuildOfFourThousandItemsWithTwentyUpdatesEachTakesAFewStatements() {
		Long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
		Long area = jdbc.queryForObject("select id from policy_area where name = 'Cybersecurity'", Long.class);
		jdbc.update("""
				insert into action_item (dialogue_id, policy_area_id, code, title, category)
				select ?, ?, 'G' || n, 'Generated item ' || n, 'ACTIVITY' from generate_series(1, 4000) n""", dialogue,
				area);
		jdbc.update("""
				insert into participation (action_item_id, country_code, role)
				select a.id, c.code, 'CO_LEAD' from action_item a, (values ('MX'), ('CL'), ('ES')) c (code)
				where a.code like 'G%'""");
		jdbc.update("""
				insert into progress_update (action_item_id, country_code, status, as_of, author)
				select a.id, (array['MX', 'CL', 'ES'])[1 + n % 3],
				       (array['NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE'])[1 + (a.id + n) % 4],
				       date '2024-01-01' + (n * 31), 'generator'
				from action_item a, generate_series(1, 20) n where a.code like 'G%'""");
		jdbc.update("""
				insert into progress_review (progress_update_id, decision, reviewer)
				select id, 'VALIDATED', 'generator' from progress_update where author = 'generator' and id % 4 <> 0""");

		long started = System.nanoTime();
		currentStatus.rebuildAll();
		long millis = (System.nanoTime() - started) / 1_000_000;

		System.out.println("CurrentStatus.rebuildAll over 4,000 items and 80,000 updates: " + millis + " ms");
		assertThat(jdbc.queryForObject("select count(*) from item_country_status", Integer.class))
			.isEqualTo(jdbc.queryForObject("select count(distinct (u.action_item_id, u.country_code)) from "
					+ "progress_update u join progress_review r on r.progress_update_id = u.id", Integer.class))
			.isGreaterThan(8_000);
		assertThat(jdbc.queryForObject("select count(*) from item_progress", Integer.class))
			.as("an item without a validated update has no row")
			.isEqualTo(jdbc.queryForObject("select count(distinct u.action_item_id) from progress_update u "
					+ "join progress_review r on r.progress_update_id = u.id", Integer.class))
			.isGreaterThan(2_000);
	}

	private ProgressUpdate logged(ActionItem item, String country, CompletionStatus status, String asOf) {
		return updates.save(new ProgressUpdate(item, countries.findById(country).orElseThrow(), status,
				LocalDate.parse(asOf), null, null, "focal-" + country.toLowerCase(), Instant.now()));
	}

	private void validated(ActionItem item, String country, CompletionStatus status, String asOf) {
		reviews
			.save(new ProgressReview(logged(item, country, status, asOf), ReviewState.VALIDATED, "secretariat", null));
		currentStatus.countryStatusChanged(item.getId(), country);
	}

	private String countryStatus(ActionItem item, String country) {
		return jdbc
			.queryForList("select status from item_country_status where action_item_id = ? and country_code = ?",
					String.class, item.getId(), country)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private String progress(ActionItem item) {
		return jdbc
			.queryForList("select status || ' ' || percent || ' ' || reported_units || '/' || units "
					+ "from item_progress where action_item_id = ?", String.class, item.getId())
			.stream()
			.findFirst()
			.orElse(null);
	}

	private List<Map<String, Object>> table(String name) {
		return jdbc.queryForList("select * from " + name + " order by 1, 2").stream().map(row -> {
			row.remove("updated_at");
			return row;
		}).toList();
	}

}
