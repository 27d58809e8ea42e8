package eu.lac.alliance.persistence.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.persistence.testing.PersistenceTest;

/**
 * The kept {@code item_participant} table (V12) follows every change to what the rule
 * reads, whoever writes it in plain SQL: participations (also on an item above), co-lead
 * lines, joinings of open items, a move to another parent, and equals the rule recomputed
 * from scratch after each.
 */
@PersistenceTest
class ParticipantsTableTest {

	@Autowired
	JdbcTemplate jdbc;

	private long dialogue;

	private long area;

	private long parent;

	private long child;

	private long other;

	@BeforeEach
	void aParentWithASubItemAndAnotherItem() {
		dialogue = jdbc.queryForObject(
				"insert into dialogue (title, kind) values ('Digital Alliance Days', 'ALLIANCE_DAYS') returning id",
				Long.class);
		area = jdbc.queryForObject("select id from policy_area where code = 'CYB'", Long.class);
		parent = item("1", null);
		child = item("1.a", parent);
		other = item("2", null);
	}

	@Test
	void aCountryNamedOnAParentTakesPartInItsSubItemsUntilItIsRemoved() {
		jdbc.update("insert into participation (action_item_id, country_code, role) values (?, 'CL', 'CO_LEAD')",
				parent);

		assertThat(rows()).containsExactlyInAnyOrder(row(parent, "CL", "NAMED"), row(child, "CL", "NAMED"));

		jdbc.update("delete from participation where action_item_id = ?", parent);
		assertThat(rows()).isEmpty();
		assertTheTableEqualsTheRule();
	}

	@Test
	void aCoLeadLineReachesEveryItemOfItsAreaInItsDialogue() {
		jdbc.update(
				"insert into co_lead (dialogue_id, policy_area_id, country_code, role) values (?, ?, 'BR', 'CO_LEAD')",
				dialogue, area);

		assertThat(rows()).containsExactlyInAnyOrder(row(parent, "BR", "CO_LEAD_LINE"),
				row(child, "BR", "CO_LEAD_LINE"), row(other, "BR", "CO_LEAD_LINE"));

		long added = item("3", null);
		assertThat(rows()).as("an item added later is on the line too").contains(row(added, "BR", "CO_LEAD_LINE"));
		assertTheTableEqualsTheRule();
	}

	@Test
	void aJoiningCountsOnlyWhileTheItemIsOpenToMembers() {
		jdbc.update("update action_item set openness = 'OPEN_TO_MEMBERS' where id = ?", parent);
		jdbc.update("insert into action_item_joining (action_item_id, country_code, joined_by) values (?, 'ES', 'x')",
				parent);
		assertThat(rows()).containsExactlyInAnyOrder(row(parent, "ES", "JOINED"), row(child, "ES", "JOINED"));

		jdbc.update("update action_item set openness = 'NAMED' where id = ?", parent);
		assertThat(rows()).isEmpty();
		assertTheTableEqualsTheRule();
	}

	@Test
	void movingAnItemUnderAnotherParentTakesItsNewLineage() {
		jdbc.update("insert into participation (action_item_id, country_code, role) values (?, 'MX', 'CO_LEAD')",
				other);
		jdbc.update("update action_item set parent_id = ? where id = ?", other, child);

		assertThat(rows()).containsExactlyInAnyOrder(row(other, "MX", "NAMED"), row(child, "MX", "NAMED"));
		assertTheTableEqualsTheRule();
	}

	private void assertTheTableEqualsTheRule() {
		assertThat(rows()).containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
				select action_item_id || ' ' || country_code || ' ' || basis
				from item_participants_of(array(select id from action_item))""", String.class));
	}

	private long item(String code, Long parentId) {
		return jdbc.queryForObject("""
				insert into action_item (dialogue_id, policy_area_id, parent_id, code, title, category)
				values (?, ?, ?, ?, 'An activity', 'ACTIVITY') returning id""", Long.class, dialogue, area, parentId,
				code);
	}

	private List<String> rows() {
		return jdbc.queryForList("select action_item_id || ' ' || country_code || ' ' || basis from item_participant",
				String.class);
	}

	private static String row(long item, String country, String basis) {
		return item + " " + country + " " + basis;
	}

}
