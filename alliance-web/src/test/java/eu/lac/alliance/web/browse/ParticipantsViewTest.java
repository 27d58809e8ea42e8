package eu.lac.alliance.web.browse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.Participants;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.policyarea.CoLead;
import eu.lac.alliance.domain.policyarea.CoLeadRepository;
import eu.lac.alliance.web.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view {@code item_participant} (V8), which every page filters by, says exactly what
 * the domain's {@link Participants#countriesOf} says, for every seed item: named, on the
 * co-lead line, and joined (a member joins an open item in the test to cover that case).
 */
@PortalTest
class ParticipantsViewTest {

	@Autowired
	ActionItemRepository items;

	@Autowired
	CoLeadRepository coLeads;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theViewAndTheDomainAgreeOnEverySeedItem() {
		assertAgreement();
	}

	@Test
	void theyAgreeWhenAMemberJoinsAnOpenItemWithSubItems() {
		long openItem = jdbc.queryForObject(
				"select i.id from action_item i where i.openness = 'OPEN_TO_MEMBERS'"
						+ " and exists (select 1 from action_item c where c.parent_id = i.id) order by i.id limit 1",
				Long.class);
		String member = jdbc.queryForObject("select m.country_code from alliance_membership m"
				+ " where not exists (select 1 from item_participant ip where ip.action_item_id = ? and ip.country_code = m.country_code)"
				+ " order by m.country_code limit 1", String.class, openItem);
		jdbc.update("insert into action_item_joining (action_item_id, country_code, joined_by) values (?, ?, 'test')",
				openItem, member);
		try {
			Map<Long, Set<String>> view = assertAgreement();
			assertThat(view.get(openItem)).contains(member);
			List<Long> subItems = jdbc.queryForList("select id from action_item where parent_id = ?", Long.class,
					openItem);
			assertThat(subItems).isNotEmpty().allSatisfy(sub -> assertThat(view.get(sub)).contains(member));
			assertThat(jdbc.queryForList(
					"select basis from item_participant where action_item_id = ? and country_code = ?", String.class,
					openItem, member))
				.containsExactly("JOINED");
		}
		finally {
			jdbc.update("delete from action_item_joining where action_item_id = ? and country_code = ?", openItem,
					member);
		}
	}

	/** Asserts agreement on every item; returns the view's countries per item. */
	private Map<Long, Set<String>> assertAgreement() {
		Map<Long, Set<String>> view = new TreeMap<>();
		jdbc.query("select action_item_id, country_code from item_participant", rs -> {
			view.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
		});
		Map<Long, Set<String>> domain = transactions.execute(status -> {
			List<CoLead> allCoLeads = coLeads.findAll();
			Map<Long, Set<String>> byItem = new TreeMap<>();
			for (ActionItem item : items.findAll()) {
				Set<String> countries = Participants.countriesOf(item, allCoLeads)
					.stream()
					.map(Country::getCode)
					.collect(Collectors.toCollection(TreeSet::new));
				if (!countries.isEmpty()) {
					byItem.put(item.getId(), countries);
				}
			}
			return byItem;
		});
		assertThat(domain).as("seed items with participating countries").hasSizeGreaterThan(50);
		assertThat(view).isEqualTo(domain);
		return view;
	}

}
