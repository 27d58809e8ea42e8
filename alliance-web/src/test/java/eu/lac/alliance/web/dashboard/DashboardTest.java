package eu.lac.alliance.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.CurrentStatusTables;
import eu.lac.alliance.domain.progress.ItemProgress;
import eu.lac.alliance.domain.progress.ProgressRollup;
import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * The dashboard on the seeds, with progress written into the log and the current-status
 * tables: its figures agree with SQL counts, "no report" never reads as 0 %, and the two
 * meanings of "as of" differ where a report came late.
 */
@PortalTest
class DashboardTest {

	private static final LocalDate SUMMIT_END = LocalDate.of(2025, 11, 10);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CurrentStatusTables currentStatus;

	@Autowired
	TransactionTemplate transactions;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	private ProgressRows progress;

	private PortalClient secretariat;

	/** A top-level item without sub-items, and the first country taking part in it. */
	private long item;

	private String country;

	@BeforeEach
	void setUp() {
		progress = new ProgressRows(jdbc, databaseUrl, currentStatus, transactions);
		progress.clear();
		Map<String, Object> pick = jdbc.queryForMap("""
				select i.id, p.country_code from action_item i join item_participant p on p.action_item_id = i.id
				where i.state = 'ACTIVE' and i.parent_id is null
				  and not exists (select 1 from action_item c where c.parent_id = i.id and c.state = 'ACTIVE')
				order by i.id, p.country_code limit 1""");
		item = ((Number) pick.get("id")).longValue();
		country = (String) pick.get("country_code");
		secretariat = new PortalClient(port).from("10.7.1.1");
		secretariat.signIn(accounts.secretariat(), TestAccounts.PASSWORD);
	}

	@AfterEach
	void clearProgress() {
		progress.clear();
	}

	@Test
	void eachAreaCountsItsTopLevelItemsAsTheDatabaseHoldsThemAllWithoutReport() {
		Map<String, Integer> expected = new HashMap<>();
		jdbc.query("""
				select p.name, count(*) from action_item i join policy_area p on p.id = i.policy_area_id
				where i.state = 'ACTIVE' and (i.parent_id is null
				  or exists (select 1 from action_item up where up.id = i.parent_id and up.state <> 'ACTIVE'))
				group by p.name""", rs -> {
			expected.put(rs.getString(1), rs.getInt(2));
		});

		Document page = secretariat.page("/");

		Map<String, Integer> shown = new HashMap<>();
		for (Element row : page.select("#areas-table tbody tr")) {
			shown.put(row.selectFirst("th").text(), Integer.valueOf(row.select("td").get(0).text()));
			assertThat(row.select("td").get(6).text()).as("no report").isEqualTo(row.select("td").get(0).text());
			assertThat(row.selectFirst("td.completion").text()).isEqualTo("No report").doesNotContain("0 %");
		}
		assertThat(shown).isEqualTo(expected);
		assertThat(page.selectFirst("#overall-completion").text()).isEqualTo("No report");
	}

	@Test
	void eachCountryCountsTheItemsItReportsOnAsTheDatabaseHoldsThem() {
		Map<String, Integer> expected = new HashMap<>();
		jdbc.query("""
				select ip.country_code, count(distinct ip.action_item_id) from item_participant ip
				join action_item i on i.id = ip.action_item_id and i.state = 'ACTIVE'
				where not exists (select 1 from action_item c where c.parent_id = i.id and c.state = 'ACTIVE')
				group by ip.country_code""", rs -> {
			expected.put(rs.getString(1), rs.getInt(2));
		});
		Document page = secretariat.page("/");

		Map<String, Integer> shown = new HashMap<>();
		for (Element row : page.select("#countries-table tbody tr")) {
			List<Element> cells = row.select("td");
			shown.put(row.attr("data-country"), Integer.valueOf(cells.get(3).text()));
			assertThat(cells.get(2).text()).as("reported").isEqualTo("0");
			assertThat(cells.get(5).text()).isEqualTo("No report");
		}
		assertThat(shown).isEqualTo(expected);
	}

	@Test
	void aValidatedUpdateCountsTodayWhileTheOtherItemsStayWithoutReport() {
		List<String> countries = progress.countriesOf(item);
		progress.current(item, country, CompletionStatus.LIMITED, LocalDate.now().minusDays(3));
		ItemProgress rolled = ProgressRollup.ofCountries(countries.stream()
			.map(c -> c.equals(country) ? CompletionStatus.LIMITED : CompletionStatus.NOT_STARTED)
			.toList());
		String area = jdbc.queryForObject(
				"select p.name from action_item i join policy_area p on p.id = i.policy_area_id where i.id = ?",
				String.class, item);

		Document page = secretariat.page("/");

		Element row = page.select("#areas-table tbody tr")
			.stream()
			.filter(r -> r.selectFirst("th").text().equals(area))
			.findFirst()
			.orElseThrow();
		List<Element> cells = row.select("td");
		int items = Integer.parseInt(cells.get(0).text());
		assertThat(cells.get(rolled.status() == CompletionStatus.LIMITED ? 3 : 2).text()).isEqualTo("1");
		assertThat(cells.get(6).text()).isEqualTo(String.valueOf(items - 1));
		assertThat(row.selectFirst("td.completion").text()).isEqualTo(rolled.percent() + " %");
		Element countryRow = page.selectFirst("#countries-table tr[data-country=" + country + "]");
		assertThat(countryRow.select("td").get(2).text()).isEqualTo("1");
		assertThat(countryRow.select("td").get(4).text()).as("stale").isEqualTo("0");
		assertThat(countryRow.select("td").get(5).text()).isEqualTo("33 %");
	}

	@Test
	void todaysFiguresFromTheCurrentStatusTablesAgreeWithTheLogReadAsKnownToday() {
		progress.current(item, country, CompletionStatus.SUBSTANTIAL, LocalDate.now().minusDays(3));
		long other = jdbc.queryForObject("""
				select min(i.id) from action_item i join item_participant p on p.action_item_id = i.id
				where i.state = 'ACTIVE' and i.parent_id is not null""", Long.class);
		for (String participant : progress.countriesOf(other)) {
			progress.current(other, participant, CompletionStatus.LIMITED, LocalDate.now().minusDays(1));
		}

		Document today = secretariat.page("/");
		Document fromLog = secretariat.page("/?asOf=" + LocalDate.now() + "&basis=known");

		for (String table : List.of("#areas-table", "#dialogues-table", "#countries-table")) {
			assertThat(cellsOf(fromLog, table)).as(table).isEqualTo(cellsOf(today, table));
		}
		assertThat(fromLog.selectFirst("#overall-completion").text())
			.isEqualTo(today.selectFirst("#overall-completion").text())
			.isNotEqualTo("No report");
	}

	@Test
	void anUpdateNotValidatedInNinetyDaysIsStale() {
		progress.current(item, country, CompletionStatus.LIMITED, LocalDate.now().minusDays(91));

		Element countryRow = secretariat.page("/").selectFirst("#countries-table tr[data-country=" + country + "]");

		assertThat(countryRow.select("td").get(4).text()).isEqualTo("1");
	}

	@Test
	void asReportedAtTheSummitLeavesOutALateReportThatAsKnownTodayTakesIn() {
		progress.update(item, country, CompletionStatus.SUBSTANTIAL, LocalDate.of(2025, 10, 1), at(2025, 10, 2),
				"VALIDATED", at(2025, 10, 3), null, null);
		progress.update(item, country, CompletionStatus.COMPLETE, LocalDate.of(2025, 11, 5), at(2025, 12, 1),
				"VALIDATED", at(2025, 12, 2), null, null);

		Document reported = secretariat.page("/?asOf=" + SUMMIT_END + "&basis=reported");
		Document known = secretariat.page("/?asOf=" + SUMMIT_END + "&basis=known");

		assertThat(countryCompletion(reported)).isEqualTo("67 %");
		assertThat(countryCompletion(known)).isEqualTo("100 %");
		assertThat(reported.selectFirst("#overall-table thead").text())
			.contains("As of 2025-11-10, as reported by then")
			.contains("At the summit (2025-11-10), as reported by then");
		assertThat(known.selectFirst("#overall-table thead").text()).contains("as known today");
	}

	@Test
	void theSummitColumnAsReportedNeverChangesWhenAnOldUpdateIsValidatedLater() {
		progress.update(item, country, CompletionStatus.LIMITED, LocalDate.of(2025, 9, 1), at(2025, 9, 2), "VALIDATED",
				at(2025, 9, 3), null, null);
		String before = secretariat.page("/").selectFirst("#summit-completion").text();
		String beforeArea = secretariat.page("/").select("#areas-table td.summit-completion").text();

		// reported before the summit, but only validated afterwards
		progress.update(item, country, CompletionStatus.COMPLETE, LocalDate.of(2025, 11, 1), at(2025, 11, 2),
				"VALIDATED", at(2026, 1, 15), null, null);

		Document after = secretariat.page("/");
		assertThat(after.selectFirst("#summit-completion").text()).isEqualTo(before).isNotEqualTo("No report");
		assertThat(after.select("#areas-table td.summit-completion").text()).isEqualTo(beforeArea);
		assertThat(secretariat.page("/?basis=known").selectFirst("#summit-completion").text()).isNotEqualTo(before);
	}

	@Test
	void overdueItemsAreThosePastTheirDeadlineAndNotSettled() {
		LocalDate today = LocalDate.now();
		List<Long> overdue = jdbc.queryForList(
				"select id from action_item where state = 'ACTIVE' and deadline_date < ? order by deadline_date, code",
				Long.class, today);
		int upcoming = jdbc.queryForObject(
				"select count(*) from action_item where state = 'ACTIVE' and deadline_date > ? and deadline_date <= ?",
				Integer.class, today, today.plusDays(90));
		assertThat(overdue).as("the seeds hold past deadlines").isNotEmpty();

		Document page = secretariat.page("/");

		assertThat(page.select("#overdue-table tbody tr").size()).isEqualTo(Math.min(25, overdue.size()));
		assertThat(page.select("#upcoming-table tbody tr").size()).isEqualTo(Math.min(25, upcoming));
		if (upcoming == 0) {
			assertThat(page.selectFirst("#upcoming").text()).contains("No deadline falls in the next 90 days.");
		}

		List<Long> leaves = jdbc.queryForList("""
				select i.id from action_item i where i.state = 'ACTIVE'
				  and not exists (select 1 from action_item c where c.parent_id = i.id and c.state = 'ACTIVE')
				  and exists (select 1 from item_participant p where p.action_item_id = i.id)""", Long.class);
		long leaf = page.select("#overdue-table tbody tr")
			.stream()
			.map(row -> Long.valueOf(row.attr("data-item")))
			.filter(leaves::contains)
			.findFirst()
			.orElseThrow();
		for (String participant : progress.countriesOf(leaf)) {
			progress.current(leaf, participant, CompletionStatus.COMPLETE, today.minusDays(1));
		}
		assertThat(secretariat.page("/").select("#overdue-table tbody tr[data-item=" + leaf + "]"))
			.as("complete is settled")
			.isEmpty();
	}

	@Test
	void aFocalPointSeesItsCountryFirstWithPendingAndReturnedUpdatesAndTheComment() {
		progress.update(item, country, CompletionStatus.LIMITED, LocalDate.now().minusDays(2),
				OffsetDateTime.now().minusDays(2), null, null, null, "still pending");
		progress.update(item, country, CompletionStatus.COMPLETE, LocalDate.now().minusDays(5),
				OffsetDateTime.now().minusDays(5), "RETURNED", OffsetDateTime.now().minusDays(1),
				"<b>Please add the minutes</b>", null);
		PortalClient focal = new PortalClient(port).from("10.7.1.2");
		focal.signIn(accounts.focalPoint(country), TestAccounts.PASSWORD);

		HttpResponse<String> response = focal.get("/");
		Document page = Jsoup.parse(response.body());

		Element own = page.selectFirst("#your-country");
		assertThat(own).isNotNull();
		assertThat(page.select("#your-country ~ #overall")).as("your country comes first").isNotEmpty();
		assertThat(own.select("#own-items tbody tr").size()).isEqualTo(jdbc.queryForObject("""
				select count(distinct ip.action_item_id) from item_participant ip
				join action_item i on i.id = ip.action_item_id and i.state = 'ACTIVE'
				where ip.country_code = ?
				  and not exists (select 1 from action_item c where c.parent_id = i.id and c.state = 'ACTIVE')""",
				Integer.class, country));
		assertThat(own.select("#own-pending li")).hasSize(1);
		assertThat(own.select("#own-pending li").text()).contains("Awaiting validation");
		assertThat(own.select("#own-returned li .comment").text()).isEqualTo("<b>Please add the minutes</b>");
		assertThat(response.body()).contains("&lt;b&gt;Please add the minutes&lt;/b&gt;")
			.doesNotContain("<b>Please add");
		assertThat(page.selectFirst("#follow-up")).as("the follow-up list is the secretariat's").isNull();
	}

	@Test
	void theSecretariatSeesWhichCountriesHaveNotReportedOnWhichItems() {
		progress.current(item, country, CompletionStatus.LIMITED, LocalDate.now().minusDays(3));
		int items = jdbc.queryForObject("""
				select count(distinct ip.action_item_id) from item_participant ip
				join action_item i on i.id = ip.action_item_id and i.state = 'ACTIVE'
				where ip.country_code = ?
				  and not exists (select 1 from action_item c where c.parent_id = i.id and c.state = 'ACTIVE')""",
				Integer.class, country);

		Document page = secretariat.page("/");

		Element line = page.selectFirst("#follow-up li[data-country=" + country + "]");
		if (items == 1) {
			assertThat(line).as("reported on its only item").isNull();
		}
		else {
			assertThat(line.text()).contains((items - 1) + " of " + items + " items not reported on");
			String code = jdbc.queryForObject("select code from action_item where id = ?", String.class, item);
			assertThat(line.select("a[href=/action-items/" + item + "]")).as(code + " is reported").isEmpty();
		}
		assertThat(page.select("#follow-up li").size())
			.isEqualTo(page.select("#countries-table tbody tr").size() - (items == 1 ? 1 : 0));
		assertThat(page.selectFirst("#your-country")).isNull();
	}

	@Test
	void theLatestUpdatesMarkPendingOnesAndShowNotesAsText() {
		long pending = progress.update(item, country, CompletionStatus.LIMITED, LocalDate.now().minusDays(1),
				OffsetDateTime.now(), null, null, null, "<script>alert('x')</script> <img src=x onerror=alert(1)>");

		HttpResponse<String> response = secretariat.get("/");
		Element row = Jsoup.parse(response.body()).selectFirst("#latest-table tr[data-update=" + pending + "]");

		assertThat(row.hasClass("pending")).isTrue();
		assertThat(row.text()).contains("Awaiting validation");
		assertThat(row.selectFirst("td.note").text()).startsWith("<script>alert('x')</script>");
		assertThat(response.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	@Test
	void aDayThatIsNoDayIsAMessageOnThePageNotAnErrorPage() {
		HttpResponse<String> response = secretariat.get("/?asOf=2025-13-45");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).selectFirst("#as-of-problem").text())
			.isEqualTo("\"2025-13-45\" is not a day: write it as YYYY-MM-DD, for example 2025-11-10. "
					+ "Today's figures are shown.");

		HttpResponse<String> script = secretariat.get("/?asOf=%3Cscript%3Ex%3C/script%3E");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).doesNotContain("<script>x").contains("&lt;script&gt;x");

		HttpResponse<String> future = secretariat.get("/?asOf=" + LocalDate.now().plusDays(2));
		assertThat(Jsoup.parse(future.body()).selectFirst("#as-of-problem").text()).contains("lies in the future");
	}

	@Test
	void theSummitAndItsDaysSinceAreShown() {
		Document page = secretariat.page("/");
		assertThat(page.selectFirst("#summit").text()).contains("EU-CELAC Summit 2025")
			.contains("2025-11-09")
			.contains("2025-11-10")
			.contains("Santa Marta");
		assertThat(page.selectFirst("#days-since-summit").text()).isEqualTo(
				java.time.temporal.ChronoUnit.DAYS.between(SUMMIT_END, LocalDate.now()) + " days since the summit.");
	}

	@Test
	void theDashboardsLinksToAreasDialoguesCountriesAndItemsLeadToTheirPages() {
		Document page = secretariat.page("/");
		List<String> links = page
			.select("#areas-table a, #dialogues-table a, #countries-table a, #overdue-table a, #follow-up a")
			.stream()
			.map(a -> a.attr("href"))
			.distinct()
			.limit(60)
			.toList();
		assertThat(links).anyMatch(href -> href.startsWith("/policy-areas/"))
			.anyMatch(href -> href.startsWith("/dialogues/"))
			.anyMatch(href -> href.startsWith("/countries/"))
			.anyMatch(href -> href.startsWith("/action-items/"));
		for (String href : links) {
			assertThat(secretariat.get(href).statusCode()).as(href).isEqualTo(200);
		}
	}

	@Test
	void chartJsIsServedFromTheWebJarAndTheChartScriptFromThePortal() {
		Document page = secretariat.page("/");
		for (Element script : page.select("script[src]")) {
			HttpResponse<String> asset = secretariat.getAsset(script.attr("src"));
			assertThat(asset.statusCode()).as(script.attr("src")).isEqualTo(200);
		}
		assertThat(page.select("script[src]")).hasSize(2);
		assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
	}

	private static List<String> cellsOf(Document page, String table) {
		return page.select(table + " tbody tr")
			.stream()
			.map(row -> row.select("th, td.num:not(.summit-completion)").text())
			.toList();
	}

	private String countryCompletion(Document page) {
		return page.selectFirst("#countries-table tr[data-country=" + country + "]").select("td").get(5).text();
	}

	private static OffsetDateTime at(int year, int month, int day) {
		return OffsetDateTime.of(year, month, day, 12, 0, 0, 0, ZoneOffset.UTC);
	}

}
