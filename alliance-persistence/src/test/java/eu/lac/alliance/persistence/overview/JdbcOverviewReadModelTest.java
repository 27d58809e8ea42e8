package eu.lac.alliance.persistence.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.country.AllianceMembership;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.overview.Overview;
import eu.lac.alliance.domain.overview.OverviewReadModel;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.persistence.testing.PersistenceTest;

@PersistenceTest
class JdbcOverviewReadModelTest {

	@Autowired
	OverviewReadModel overviews;

	@Autowired
	CountryRepository countries;

	@Autowired
	PolicyAreaRepository policyAreas;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFreshDatabaseHasTheGazetteerAndTheSummitButNoDialogues() {
		Overview overview = overviews.overview();

		assertThat(overview.dialogues()).isZero();
		assertThat(overview.actionItems()).isZero();
		assertThat(overview.members()).as("the EU's 27 member states, by the Joint Declaration (V5)").isEqualTo(27);
		assertThat(overview.countries()).isEqualTo(60);
	}

	@Test
	void dialoguesActiveItemsAndMembershipsAreCounted() {
		PolicyArea ai = policyAreas.findByName("Artificial Intelligence").orElseThrow();
		Dialogue alliance = entityManager.persist(new Dialogue("Digital Alliance Days", DialogueKind.ALLIANCE_DAYS));
		Dialogue forum = entityManager.persist(new Dialogue("EU-LAC AI Forum", DialogueKind.FORUM));
		entityManager.persist(item(alliance, ai, "1"));
		entityManager.persist(item(alliance, ai, "2"));
		entityManager.persist(item(forum, ai, "1"));
		ActionItem dropped = item(forum, ai, "2");
		dropped.withdraw();
		entityManager.persist(dropped);
		entityManager.persist(new AllianceMembership(countries.findById("MX").orElseThrow(), 2023, null, null));
		entityManager.persist(
				new AllianceMembership(countries.findById("BR").orElseThrow(), 2024, LocalDate.of(2024, 5, 14), null));
		entityManager.flush();

		Overview overview = overviews.overview();

		assertThat(overview.dialogues()).isEqualTo(2);
		assertThat(overview.actionItems()).isEqualTo(3);
		assertThat(overview.members()).as("27 by the Joint Declaration and the two recorded here").isEqualTo(29);
		assertThat(overview.countries()).isEqualTo(60);
	}

	@Test
	void theSummitFactsComeFromItsMilestone() {
		assertThat(overviews.overview().summit()).isEqualTo(new Overview.SummitFacts("EU-CELAC Summit 2025",
				"Santa Marta", LocalDate.of(2025, 11, 9), LocalDate.of(2025, 11, 10)));
	}

	@Test
	void withoutTheSummitMilestoneThereAreNoSummitFacts() {
		jdbc.update("delete from milestone where code = 'EU_CELAC_SUMMIT_2025'");

		assertThat(overviews.overview().summit()).isNull();
	}

	private static ActionItem item(Dialogue dialogue, PolicyArea area, String code) {
		return new ActionItem(dialogue, area, code, "Action " + code, null, ActionItemCategory.ACTIVITY, null);
	}

}
