package eu.lac.alliance.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ProgressReport;
import eu.lac.alliance.domain.progress.ProgressWorkflow;
import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.progress.ProgressFixtures;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * The audit page and its CSV over HTTP: each filter, the pages, edits with their fields
 * before and after, and text people typed (a user name at a failed sign-in) shown as text
 * on the page and neutralised in the CSV. Shares the accounts tests' database.
 */
@PortalTest
@TestPropertySource(properties = "alliance.test.accounts-database=own")
@Import(ProgressFixtures.class)
class AuditPagesTest {

	static final String SCRIPT = "<script>alert('audit')</script>";

	static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgressFixtures fixtures;

	@Autowired
	ProgressWorkflow workflow;

	@Test
	void typedTextIsShownAsTextAndNeutralisedInTheCsv() throws IOException {
		new PortalClient(port).from("10.8.2.1").signIn(SCRIPT, "whatever it is");
		new PortalClient(port).from("10.8.2.1").signIn(FORMULA, "whatever it is");
		PortalClient admin = admin("10.8.2.2");

		HttpResponse<String> page = admin.get("/admin/audit?kind=SIGN_IN_FAILED");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(SCRIPT).contains("&lt;script&gt;");
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("script")).as("no script element came from the trail").isEmpty();
		assertThat(html.select("table.audit-events tbody tr td:nth-child(2)").eachText()).contains(SCRIPT.toLowerCase(),
				FORMULA.toLowerCase());

		HttpResponse<String> csv = admin.get("/admin/audit.csv?kind=SIGN_IN_FAILED");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.body()))
			.getRecords();
		assertThat(rows).extracting(r -> r.get("actor")).contains("'" + FORMULA.toLowerCase(), SCRIPT.toLowerCase());
		assertThat(rows).extracting(r -> r.get("kind")).containsOnly("SIGN_IN_FAILED");
		assertThat(rows).extracting(r -> r.get("actor")).noneMatch(actor -> actor.startsWith("="));
		assertThat(rows).hasSize(count("select count(*) from audit_event where kind = 'SIGN_IN_FAILED'"));
	}

	@Test
	void eachFilterShowsOnlyWhatMatchesNewestFirst() {
		String secretariat = accounts.secretariat();
		long item = fixtures.itemOf("CL", 2);
		workflow.log(new Actor(secretariat, Role.SECRETARIAT, null), item, "CL",
				new ProgressReport(CompletionStatus.SUBSTANTIAL, LocalDate.of(2025, 10, 2), "audited", List.of()),
				null);
		PortalClient admin = admin("10.8.2.3");
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		Document byItem = Jsoup.parse(admin.get("/admin/audit?subject=" + item + "&kind=PROGRESS_LOGGED").body());
		Document byActor = Jsoup.parse(admin.get("/admin/audit?actor=" + secretariat).body());
		Document today1 = Jsoup.parse(admin.get("/admin/audit?from=" + today + "&to=" + today).body());
		Document tomorrow = Jsoup.parse(
				admin.get("/admin/audit?from=" + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "&to=2999-01-01").body());

		assertThat(rows(byItem))
			.hasSize(count("select count(*) from audit_event where subject_type = 'action_item' and subject_id = "
					+ item + " and kind = 'PROGRESS_LOGGED'"))
			.allMatch(row -> row.contains("Item " + item));
		assertThat(rows(byActor)).hasSize(1).allMatch(row -> row.contains("Progress logged"));
		assertThat(byActor.select("a[href^=/action-items/]").attr("href")).isEqualTo("/action-items/" + item);
		assertThat(today1.select("caption").text()).contains(String
			.valueOf(count("select count(*) from audit_event where occurred_at >= current_date::timestamptz")));
		assertThat(rows(tomorrow)).isEmpty();
		assertThat(tomorrow.select(".empty").text()).isNotBlank();
		Document csvLink = Jsoup.parse(admin.get("/admin/audit?actor=" + secretariat + "&kind=PROGRESS_LOGGED").body());
		assertThat(csvLink.select("#audit-csv").attr("href"))
			.isEqualTo("/admin/audit.csv?actor=" + secretariat + "&kind=PROGRESS_LOGGED");
	}

	@Test
	void pagesHoldFiftyNewestFirstAndAMistypedFilterIsIgnored() {
		for (int i = 0; i < 3; i++) {
			new PortalClient(port).from("10.8.2.4").signIn("nobody-" + i, "wrong password");
		}
		PortalClient admin = admin("10.8.2.5");
		int total = count("select count(*) from audit_event");

		Document first = Jsoup.parse(admin.get("/admin/audit").body());
		Document mistyped = Jsoup.parse(admin.get("/admin/audit?from=yesterday&kind=NONSENSE&olderThan=x").body());

		assertThat(rows(first)).hasSize(Math.min(total, 50));
		assertThat(first.select("table.audit-events tbody tr").first().id())
			.isEqualTo("event-" + count("select max(id) from audit_event"));
		assertThat(first.select("#audit-newer")).as("nothing is newer than the first page").isEmpty();
		if (total > 50) {
			// the second page is the one the "older" link leads to
			Document second = Jsoup.parse(admin.get(first.select("#audit-older").attr("href")).body());
			assertThat(rows(second)).isNotEmpty().doesNotContainAnyElementsOf(rows(first));
		}
		assertThat(rows(mistyped)).hasSize(rows(first).size());
	}

	@Test
	void theOlderAndNewerLinksKeepTheFiltersAndAnEventRecordedMeanwhileShiftsNoPage() {
		String actor = "paging-" + port;
		// 120 failed sign-ins under one name, as the trail records them (inserted: the
		// sign-in throttle would slow 120 real ones)
		jdbc.update("insert into audit_event (actor, kind, summary) "
				+ "select ?, 'SIGN_IN_FAILED', 'sign-in failed ' || g from generate_series(1, 120) g", actor);
		int recorded = count("select count(*) from audit_event where actor = '" + actor + "'");
		assertThat(recorded).isEqualTo(120);
		PortalClient admin = admin("10.8.2.7");
		String filter = "actor=" + actor + "&kind=SIGN_IN_FAILED";

		Document first = Jsoup.parse(admin.get("/admin/audit?" + filter).body());
		String olderLink = first.select("#audit-older").attr("href");
		Document second = Jsoup.parse(admin.get(olderLink).body());
		new PortalClient(port).from("10.8.3.1").signIn(actor, "one more");
		Document secondAgain = Jsoup.parse(admin.get(olderLink).body());
		Document third = Jsoup.parse(admin.get(second.select("#audit-older").attr("href")).body());
		Document backToSecond = Jsoup.parse(admin.get(third.select("#audit-newer").attr("href")).body());

		assertThat(olderLink).startsWith("/admin/audit?" + filter + "&olderThan=");
		assertThat(rows(first)).hasSize(50);
		assertThat(rows(second)).hasSize(50).doesNotContainAnyElementsOf(rows(first));
		assertThat(ids(secondAgain)).as("the event recorded meanwhile shifts no page").isEqualTo(ids(second));
		assertThat(rows(third)).hasSize(20);
		assertThat(third.select("#audit-older")).as("the oldest page").isEmpty();
		assertThat(ids(backToSecond)).isEqualTo(ids(second));
		assertThat(third.select("#audit-newer").attr("href")).contains(filter);
		assertThat(third.select("caption").text()).contains("121");
		assertThat(ids(first)).isEqualTo(jdbc.queryForList("""
				select 'event-' || id from audit_event where actor = ? and kind = 'SIGN_IN_FAILED'
				order by occurred_at desc, id desc offset 1 limit 50""", String.class, actor));
	}

	@Test
	void theExportCoversAtMostTheYearUpToItsLastDayAndTheDatesChooseAnEarlierOne() throws IOException {
		// an event of long ago, as an older trail holds it (the trail only takes inserts)
		jdbc.update("insert into audit_event (occurred_at, actor, kind, summary) "
				+ "values (now() - interval '400 days', 'long-ago', 'SIGN_IN_FAILED', 'failed long ago')");
		new PortalClient(port).from("10.8.2.8").signIn("long-ago", "wrong password");
		PortalClient admin = admin("10.8.2.9");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		List<CSVRecord> recent = csv(admin, "/admin/audit.csv?actor=long-ago");
		List<CSVRecord> thatYear = csv(admin,
				"/admin/audit.csv?actor=long-ago&from=" + today.minusDays(420) + "&to=" + today.minusDays(380));
		List<CSVRecord> everything = csv(admin, "/admin/audit.csv?actor=long-ago&from=2000-01-01");

		assertThat(rows(Jsoup.parse(admin.get("/admin/audit?actor=long-ago").body()))).as("the page is not bounded")
			.hasSize(2);
		assertThat(recent).extracting(r -> r.get("summary")).doesNotContain("failed long ago").hasSize(1);
		assertThat(thatYear).extracting(r -> r.get("summary")).containsExactly("failed long ago");
		assertThat(everything).as("a span over a year is cut to the year before its last day").hasSize(1);
	}

	private List<CSVRecord> csv(PortalClient admin, String path) throws IOException {
		HttpResponse<String> csv = admin.get(path);
		assertThat(csv.statusCode()).as(path).isEqualTo(200);
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.body()))
			.getRecords();
	}

	private static List<String> ids(Document page) {
		return page.select("table.audit-events > tbody > tr").eachAttr("id");
	}

	@Test
	void anAccountEditShowsEachFieldBeforeAndAfter() {
		String focal = accounts.focalPoint("AR");
		long id = count("select id from account where username = '" + focal + "'");
		PortalClient admin = admin("10.8.2.6");
		admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/role",
				Map.of("role", "FOCAL_POINT", "country", "UY"));

		Document page = Jsoup
			.parse(admin.get("/admin/audit?kind=ACCOUNT_CHANGED&subjectType=account&subject=" + id).body());

		assertThat(page.select("table.changes tr.changed").eachText()).containsExactly("country AR UY");
		assertThat(page.select("table.changes tbody tr").eachText()).contains("role FOCAL_POINT FOCAL_POINT");
	}

	private static List<String> rows(Document page) {
		return page.select("table.audit-events > tbody > tr").eachText();
	}

	private PortalClient admin(String address) {
		PortalClient client = new PortalClient(port).from(address);
		assertThat(
				client.signIn(accounts.admin(), TestAccounts.PASSWORD).headers().firstValue("Location").orElseThrow())
			.doesNotContain("error");
		return client;
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
