package eu.lac.alliance.persistence.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.persistence.testing.PersistenceTest;

/**
 * What the generator stores, on a small hand-made dialogue: copies with their trees kept
 * inside each copy, about 20 updates per item by its own countries over 2024 to today,
 * mostly validated, the current-status tables rebuilt; and a second run adds nothing.
 */
@PersistenceTest
class SyntheticDataTest {

	@Autowired
	SyntheticData synthetic;

	@Autowired
	JdbcTemplate jdbc;

	long dialogue;

	@BeforeEach
	void oneDialogueWithATreeOfItems() {
		long area = jdbc.queryForObject("select min(id) from policy_area", Long.class);
		dialogue = jdbc.queryForObject(
				"""
						insert into dialogue (title, kind, start_date, start_precision, city)
						values ('Policy dialogue on cybersecurity', 'POLICY_DIALOGUE', date '2024-06-01', 'DAY', 'Santo Domingo')
						returning id""",
				Long.class);
		jdbc.update(
				"insert into co_lead (dialogue_id, policy_area_id, country_code, role) values (?, ?, 'DO', 'CO_LEAD')",
				dialogue, area);
		long parent = jdbc.queryForObject("""
				insert into action_item (dialogue_id, policy_area_id, code, title, category)
				values (?, ?, '1', 'Share threat intelligence', 'INFORMATION_SHARING') returning id""", Long.class,
				dialogue, area);
		long child = jdbc.queryForObject("""
				insert into action_item (dialogue_id, policy_area_id, parent_id, code, title, category)
				values (?, ?, ?, '1.a', 'A CSIRT network', 'JOINT_INITIATIVE') returning id""", Long.class, dialogue,
				area, parent);
		jdbc.update("insert into participation (action_item_id, country_code, role) values (?, 'CL', 'INTERESTED')",
				child);
		jdbc.update("""
				insert into action_item (dialogue_id, policy_area_id, code, title, category, openness)
				values (?, ?, '2', 'Open training', 'CAPACITY_BUILDING', 'OPEN_TO_MEMBERS')""", dialogue, area);
	}

	@Test
	void copiesEveryDialogueWithItsItemTreeAndWritesAboutTwentyUpdatesPerItem() {
		long dialogues = count("select count(*) from dialogue");
		long items = count("select count(*) from action_item");

		SyntheticData.Generated generated = synthetic.generate(3, 7);

		assertThat(generated.dialogues()).isEqualTo(3 * dialogues);
		assertThat(generated.actionItems()).isEqualTo(3 * items);
		assertThat(count("select count(*) from dialogue where title like 'Policy dialogue on cybersecurity%'"))
			.isEqualTo(3);
		// every copied sub-item hangs under the copy of its parent in its own dialogue
		assertThat(count("""
				select count(*) from action_item c join action_item p on p.id = c.parent_id
				where c.code = '1.a' and p.code = '1' and p.dialogue_id = c.dialogue_id""")).isEqualTo(3);
		assertThat(count("select count(*) from participation where country_code = 'CL'")).isEqualTo(3);
		assertThat(count("select count(*) from co_lead where country_code = 'DO'")).isEqualTo(3);

		// 20 updates for each active item with a participant, by those participants only
		assertThat(count("""
				select count(*) from (select action_item_id from progress_update group by action_item_id
				                      having count(*) <> 20) odd""")).isZero();
		assertThat(count("""
				select count(*) from progress_update u
				where not exists (select 1 from item_participant p
				                  where p.action_item_id = u.action_item_id and p.country_code = u.country_code)"""))
			.isZero();
		assertThat(count("""
				select count(*) from progress_update
				where as_of < date '2024-01-01' or as_of > current_date""")).isZero();
		assertThat(generated.validated()).isGreaterThan(4 * (generated.pending() + generated.returned()));
		assertThat(count("select count(*) from progress_update where on_behalf")).isPositive();
		assertThat(count("select count(*) from progress_evidence")).isPositive();
		assertThat(generated.currentStatuses()).isPositive()
			.isEqualTo(count("select count(*) from item_country_status"));
		assertThat(generated.itemsWithProgress()).isPositive();

		SyntheticData.Generated again = synthetic.generate(3, 7);
		assertThat(again).isEqualTo(generated);
	}

	@Test
	void refusesToMultiplyByLessThanOne() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> synthetic.generate(0, 7))
			.withMessageContaining("at least 1");
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
