package eu.lac.alliance.persistence.actionitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.Openness;
import eu.lac.alliance.domain.country.AllianceMembershipRepository;
import eu.lac.alliance.domain.country.MembershipBasis;
import eu.lac.alliance.domain.dialogue.CountQualifier;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.persistence.testing.PersistenceTest;

@PersistenceTest
class ItemJoiningMappingTest {

	@Autowired
	ActionItemRepository items;

	@Autowired
	AllianceMembershipRepository memberships;

	@Autowired
	PolicyAreaRepository policyAreas;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTwentySevenMemberStatesAreMembersByTheJointDeclaration() {
		assertThat(jdbc.queryForObject("select count(*) from alliance_membership m join country c on c.code = "
				+ "m.country_code where m.basis = 'JOINT_DECLARATION' and c.region = 'EU_MEMBER_STATE' "
				+ "and m.joined_year = 2023", Integer.class))
			.isEqualTo(27);
		assertThat(memberships.findByCountryCode("ES").orElseThrow().getBasis())
			.isEqualTo(MembershipBasis.JOINT_DECLARATION);
		assertThat(memberships.findByCountryCode("ES").orElseThrow().isByJointDeclaration()).isTrue();
	}

	@Test
	void anOpenItemAndItsJoiningReadBackWithTheTimeTheDatabaseSet() {
		ActionItem item = openItem("1");
		item.join(memberships.findByCountryCode("EE").orElseThrow(), "focal.point@example.org");
		Long id = items.save(item).getId();
		entityManager.flush();
		entityManager.clear();

		ActionItem read = items.findById(id).orElseThrow();

		assertThat(read.getOpenness()).isEqualTo(Openness.OPEN_TO_MEMBERS);
		assertThat(read.getJoinings()).hasSize(1);
		assertThat(read.getJoinings().get(0).getCountry().getCode()).isEqualTo("EE");
		assertThat(read.getJoinings().get(0).getJoinedBy()).isEqualTo("focal.point@example.org");
		assertThat(read.getJoinings().get(0).getJoinedAt()).isNotNull();
		Map<String, Object> row = jdbc.queryForMap(
				"select openness, (select count(*) from action_item_joining where action_item_id = ?) as joinings "
						+ "from action_item where id = ?",
				id, id);
		assertThat(row).containsEntry("openness", "OPEN_TO_MEMBERS").containsEntry("joinings", 1L);
	}

	@Test
	void theDatabaseRefusesASecondJoiningByOneCountry() {
		Long id = items.save(openItem("1")).getId();
		entityManager.flush();

		jdbc.update("insert into action_item_joining (action_item_id, country_code, joined_by) values (?, 'EE', 'a')",
				id);

		assertThatThrownBy(() -> jdbc.update(
				"insert into action_item_joining (action_item_id, country_code, joined_by) values (?, 'EE', 'b')", id))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesAJoiningByACountryWithoutMembership() {
		Long id = items.save(openItem("1")).getId();
		entityManager.flush();

		assertThatThrownBy(() -> jdbc.update(
				"insert into action_item_joining (action_item_id, country_code, joined_by) values (?, 'CU', 'a')", id))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aParticipantCountReadsBackWithItsQualifier() {
		Dialogue dialogue = new Dialogue("High Level Dialogue on Cybersecurity", DialogueKind.HIGH_LEVEL_DIALOGUE);
		dialogue.recordParticipantCount(150, CountQualifier.OVER);
		Long id = entityManager.persistAndFlush(dialogue).getId();
		entityManager.clear();

		assertThat(entityManager.find(Dialogue.class, id).getParticipantCountQualifier())
			.isEqualTo(CountQualifier.OVER);
		assertThat(
				jdbc.queryForObject("select participant_count_qualifier from dialogue where id = ?", String.class, id))
			.isEqualTo("OVER");
	}

	private ActionItem openItem(String code) {
		Dialogue dialogue = entityManager
			.persist(new Dialogue("High Level Dialogue on Cybersecurity", DialogueKind.HIGH_LEVEL_DIALOGUE));
		PolicyArea cybersecurity = policyAreas.findByName("Cybersecurity").orElseThrow();
		ActionItem item = new ActionItem(dialogue, cybersecurity, code, "Action " + code, null,
				ActionItemCategory.CAPACITY_BUILDING, null);
		item.openToEveryMember();
		return item;
	}

}
