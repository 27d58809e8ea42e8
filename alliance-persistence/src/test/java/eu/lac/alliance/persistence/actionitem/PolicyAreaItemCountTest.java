package eu.lac.alliance.persistence.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.Deadline;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.overview.PolicyAreaItemCount;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.persistence.testing.PersistenceTest;

@PersistenceTest
class PolicyAreaItemCountTest {

	private static final LocalDate SUMMIT = LocalDate.of(2025, 11, 10);

	@Autowired
	ActionItemRepository items;

	@Autowired
	PolicyAreaRepository policyAreas;

	@Autowired
	TestEntityManager entityManager;

	@Test
	void eachPolicyAreaCountsItsActiveItemsThoseWithDeadlinesAndThosePastThemOnTheDay() {
		PolicyArea cyber = policyAreas.findByName("Cybersecurity").orElseThrow();
		PolicyArea ai = policyAreas.findByName("Artificial Intelligence").orElseThrow();
		Dialogue forum = entityManager.persist(new Dialogue("Forum on Cybersecurity", DialogueKind.FORUM));
		entityManager.persist(item(forum, cyber, "C1", new Deadline(LocalDate.of(2025, 6, 30), "by Q2 2025")));
		entityManager.persist(item(forum, cyber, "C2", new Deadline(LocalDate.of(2025, 11, 10), "at the summit")));
		entityManager.persist(item(forum, cyber, "C3", null));
		ActionItem withdrawn = item(forum, cyber, "C4", new Deadline(LocalDate.of(2024, 1, 31), "in January 2024"));
		withdrawn.withdraw();
		entityManager.persist(withdrawn);
		entityManager.persist(item(forum, ai, "A1", new Deadline(LocalDate.of(2026, 12, 31), "by the end of 2026")));
		entityManager.flush();

		List<PolicyAreaItemCount> counts = items.countByPolicyArea(SUMMIT);

		assertThat(counts).extracting(PolicyAreaItemCount::getPolicyArea)
			.containsExactly("Artificial Intelligence", "Caribbean", "Connectivity", "Cybersecurity", "Data Governance",
					"e-Governance");
		PolicyAreaItemCount cyberCount = counts.get(3);
		assertThat(cyberCount.getItems()).isEqualTo(3);
		assertThat(cyberCount.getWithDeadline()).isEqualTo(2);
		assertThat(cyberCount.getPastDeadline()).isEqualTo(1);
		assertThat(counts.get(0).getItems()).isEqualTo(1);
		assertThat(counts.get(0).getPastDeadline()).isZero();
		assertThat(counts.get(1).getItems()).isZero();
	}

	private static ActionItem item(Dialogue dialogue, PolicyArea area, String code, Deadline deadline) {
		ActionItem item = new ActionItem(dialogue, area, code, "Item " + code, null, ActionItemCategory.COMMITMENT,
				null);
		item.dueBy(deadline);
		return item;
	}

}
