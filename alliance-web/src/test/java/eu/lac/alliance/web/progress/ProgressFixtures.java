package eu.lac.alliance.web.progress;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ProgressReport;
import eu.lac.alliance.domain.progress.ProgressWorkflow;

/**
 * Items of the imported seeds chosen by what the database holds (who takes part, which
 * are open), and updates logged through the real workflow, for the progress tests.
 */
@Component
public class ProgressFixtures {

	private final JdbcTemplate jdbc;

	private final ProgressWorkflow workflow;

	public ProgressFixtures(JdbcTemplate jdbc, ProgressWorkflow workflow) {
		this.jdbc = jdbc;
		this.workflow = workflow;
	}

	/** An active item, not open to members, that {@code country} takes part in. */
	public long itemOf(String country, int nth) {
		return jdbc.queryForList("""
				select distinct a.id from action_item a join item_participant ip on ip.action_item_id = a.id
				where ip.country_code = ? and a.state = 'ACTIVE' and a.openness = 'NAMED'
				order by a.id""", Long.class, country).get(nth);
	}

	/** An active item that {@code country} takes no part in. */
	public long itemWithout(String country) {
		return jdbc.queryForObject(
				"""
						select min(a.id) from action_item a where a.state = 'ACTIVE'
						and not exists (select 1 from item_participant ip where ip.action_item_id = a.id and ip.country_code = ?)
						""",
				Long.class, country);
	}

	/**
	 * Active items open to members that {@code country} has not joined (nor takes part
	 * in).
	 */
	public List<Long> openItemsWithout(String country) {
		return jdbc.queryForList(
				"""
						select a.id from action_item a where a.state = 'ACTIVE' and a.openness = 'OPEN_TO_MEMBERS'
						and not exists (select 1 from item_participant ip where ip.action_item_id = a.id and ip.country_code = ?)
						order by a.id""",
				Long.class, country);
	}

	/** A member country (by the Joint Declaration) that takes part in no item. */
	public String memberTakingNoPart() {
		return jdbc.queryForObject("""
				select min(m.country_code) from alliance_membership m
				where not exists (select 1 from item_participant ip where ip.country_code = m.country_code)
				and not exists (select 1 from action_item_joining j where j.country_code = m.country_code)""",
				String.class);
	}

	/** Logs a pending update as the country's focal point would. */
	public long pendingUpdate(long item, String country) {
		return workflow
			.log(new Actor("fixture-" + country.toLowerCase(), Role.FOCAL_POINT, country), item, country,
					new ProgressReport(CompletionStatus.LIMITED, LocalDate.of(2025, 10, 1), "fixture", List.of()), null)
			.getId();
	}

	public int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	/** Rows of every table a progress action can write, as one figure to compare. */
	public String writes() {
		return count("progress_update") + "/" + count("progress_evidence") + "/" + count("progress_review") + "/"
				+ count("progress_comment") + "/" + count("action_item_joining");
	}

}
