package eu.lac.alliance.web.browse;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /action-items}: full-text search in three languages and by code, filters, order,
 * pages, and parameters it cannot read, against the seeds.
 */
@PortalTest
class ItemListTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private PortalClient client;

	@BeforeEach
	void signIn() {
		client = new PortalClient(port).from("10.7.2.1");
		client.signIn(accounts.secretariat(), TestAccounts.PASSWORD);
	}

	@AfterEach
	void removeTestItems() {
		jdbc.update(
				"delete from item_progress where action_item_id in (select id from action_item where code like 'TEST-%')");
		jdbc.update("delete from action_item where code like 'TEST-%'");
	}

	private Document list(String query) {
		HttpResponse<String> response = client.get("/action-items" + query);
		assertThat(response.statusCode()).as(query).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static List<String> codes(Document page) {
		return page.select("table.items tbody td.code").eachText();
	}

	private long activeItems(String condition, Object... args) {
		return jdbc.queryForObject("select count(*) from action_item i where i.state = 'ACTIVE' and " + condition,
				Long.class, args);
	}

	private void addItem(String code, String title) {
		jdbc.update("insert into action_item (dialogue_id, policy_area_id, code, title, category)"
				+ " select d.id, a.id, ?, ?, 'ACTIVITY' from dialogue d, policy_area a"
				+ " where d.title = 'Operational conclusions' and a.code = 'DATA'", code, title);
	}

	@Test
	void withoutParametersTheFirstPageHoldsTwentyFiveItemsInCodeOrderWithTheTotal() {
		Document page = list("");
		long total = activeItems("true");
		assertThat(codes(page)).hasSize(25);
		assertThat(page.select(".pagination .total").text())
			.isEqualTo(total + " items, page 1 of " + ((total + 24) / 25));
		assertThat(page.select("table.items tbody tr a").first().attr("href")).startsWith("/action-items/");
		assertThat(codes(page).subList(0, 4)).containsExactly("1", "1.1-a", "1.1-b", "1.1-c");
	}

	@Test
	void aCodeIsFoundAsWrittenAndRanksFirst() {
		assertThat(codes(list("?q=CYB-O1"))).first().isEqualTo("CYB-O1");
		assertThat(codes(list("?q=cyb-o1"))).first().isEqualTo("CYB-O1");
		assertThat(codes(list("?q=1.1-a"))).first().isEqualTo("1.1-a");
	}

	@Test
	void englishWordsAreFoundByTheirStem() {
		Document capacities = list("?q=capacities");
		assertThat(codes(capacities)).contains("CYB-N2", "EGOV-O5");
		assertThat(page("?q=sandboxes")).contains("AI-O5");
	}

	@Test
	void spanishAndPortugueseWordsAreFoundByTheirStem() {
		addItem("TEST-ES", "Capacitación de los equipos nacionales de respuesta a incidentes");
		addItem("TEST-PT", "Capacitações em proteção de dados pessoais");
		assertThat(page("?q=respuestas")).containsExactly("TEST-ES");
		assertThat(page("?q=nacionales")).containsExactly("TEST-ES");
		assertThat(page("?q=dado")).containsExactly("TEST-PT");
		assertThat(page("?q=pessoa")).containsExactly("TEST-PT");
		assertThat(page("?q=" + enc("capacitação"))).containsExactlyInAnyOrder("TEST-ES", "TEST-PT");
		assertThat(page("?q=" + enc("\"respuesta a incidentes\""))).containsExactly("TEST-ES");
	}

	@Test
	void filtersSelectByAreaDialogueCountryStatusAndOverdue() {
		assertThat(codes(list("?area=caribbean"))).containsExactly("CAR-N1", "CAR-O1", "CAR-O2", "CAR-O3", "CAR-O4");
		long santoDomingo = jdbc.queryForObject("select id from dialogue where city = 'Santo Domingo'", Long.class);
		assertThat(list("?dialogue=" + santoDomingo).select(".pagination .total").text()).startsWith("24 items");
		long trinidad = jdbc.queryForObject("select count(distinct ip.action_item_id) from item_participant ip"
				+ " join action_item i on i.id = ip.action_item_id and i.state = 'ACTIVE' where ip.country_code = 'TT'",
				Long.class);
		assertThat(list("?country=tt").select(".pagination .total").text()).startsWith(trinidad + " items");
		assertThat(list("?country=tt&area=caribbean").select("#country option[selected]").attr("value"))
			.isEqualTo("TT");
		assertThat(codes(list("?overdue=true"))).containsExactlyInAnyOrder("CAR-N1", "CYB-N1", "CAR-O1", "C2", "C1");
		long item = jdbc.queryForObject("select id from action_item where code = 'CAR-O1'", Long.class);
		try {
			jdbc.update("insert into item_progress (action_item_id, status, percent, reported_units, units)"
					+ " values (?, 'COMPLETE', 100, 1, 1)", item);
			assertThat(codes(list("?overdue=true"))).containsExactlyInAnyOrder("CAR-N1", "CYB-N1", "C2", "C1");
			assertThat(codes(list("?status=complete"))).containsExactly("CAR-O1");
			assertThat(list("?status=NO_REPORT").select(".pagination .total").text())
				.startsWith((activeItems("true") - 1) + " items");
			assertThat(list("?status=complete").select("table.items .status").text()).isEqualTo("Complete100 %");
		}
		finally {
			jdbc.update("delete from item_progress where action_item_id = ?", item);
		}
	}

	@Test
	void pagesKeepEveryFilterInTheirLinks() {
		Document first = list("?q=cooperation&area=cybersecurity&sort=title");
		long total = jdbc
			.queryForObject("select count(*) from action_item i join policy_area a on a.id = i.policy_area_id"
					+ " where i.state = 'ACTIVE' and a.code = 'CYB' and i.search_vector @@ websearch_to_tsquery('english', 'cooperation')",
					Long.class);
		assertThat(first.select(".pagination .total").text()).startsWith(total + " items");
		Document all = list("?area=cybersecurity");
		String next = all.select(".pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/action-items?area=cybersecurity&sort=code&page=2");
		Document second = list(next.substring("/action-items".length()));
		assertThat(codes(second))
			.hasSize((int) activeItems("i.policy_area_id = (select id from policy_area where code = 'CYB')") - 25);
		assertThat(second.select(".pagination [aria-current=page]").text()).isEqualTo("2");
		assertThat(second.select("#area option[selected]").attr("value")).isEqualTo("cybersecurity");
		String byTitle = all.select("th a")
			.stream()
			.filter(a -> a.text().equals("Title"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(byTitle).isEqualTo("/action-items?area=cybersecurity&sort=title");
		List<String> titles = list(byTitle.substring("/action-items".length())).select("table.items tbody tr td:eq(1)")
			.eachText();
		assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void codesSortAsPeopleReadThemAndDeadlinesAndStatusesSortToo() {
		long santoDomingo = jdbc.queryForObject("select id from dialogue where city = 'Santo Domingo'", Long.class);
		assertThat(codes(list("?dialogue=" + santoDomingo))).containsSubsequence("2", "2.a", "3", "9", "10", "11",
				"11.a", "12");
		assertThat(codes(list("?dialogue=" + santoDomingo + "&sort=code&dir=desc"))).first().isEqualTo("12");
		assertThat(codes(list("?sort=deadline")).subList(0, 5)).containsExactly("CAR-N1", "CYB-N1", "CAR-O1", "C2",
				"C1");
		assertThat(codes(list("?sort=deadline&dir=desc")).subList(0, 5)).containsExactly("C1", "C2", "CAR-O1", "CYB-N1",
				"CAR-N1");
	}

	@Test
	void parametersItCannotReadGiveANoticeNotAnErrorPage() {
		Document badPage = list("?page=-1");
		assertThat(badPage.select(".notices").text()).contains("There is no page \"-1\"");
		assertThat(codes(badPage)).hasSize(25);
		Document badStatus = list("?status=finished&page=abc&sort=colour&area=quantum&country=ZZ&dialogue=x");
		assertThat(badStatus.select(".notices li")).hasSize(6);
		assertThat(badStatus.select(".notices").text()).contains("There is no status \"finished\"");
		assertThat(codes(badStatus)).hasSize(25);
		Document farPage = list("?page=999");
		assertThat(farPage.select(".empty").text()).isEqualTo("This page is past the last one.");
		Document nothing = list("?q=" + enc("zzyzx"));
		assertThat(nothing.select(".empty").text()).isEqualTo("No items match.");
		assertThat(client.get("/action-items?q=" + enc("the of")).statusCode()).isEqualTo(200);
		Document odd = list("?q=" + enc("\"unclosed -( & | ! :* <script>"));
		assertThat(odd.select("main script")).isEmpty();
		assertThat(odd.select("#q").attr("value")).isEqualTo("\"unclosed -( & | ! :* <script>");
	}

	private List<String> page(String query) {
		return codes(list(query));
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
