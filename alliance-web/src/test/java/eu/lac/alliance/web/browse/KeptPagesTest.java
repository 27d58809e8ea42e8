package eu.lac.alliance.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * The item list's body and what an item page shows are kept per version of the data
 * ({@code KeptBodies}, {@code KeptItemPages}): what is kept holds nothing of one person,
 * every change a page shows moves the version on and shows on the next request, escaped,
 * and each language and question gets its own list. Its own database, since it logs an
 * update, which the log keeps for good.
 */
@PortalTest
@TestPropertySource(properties = "alliance.test.kept-pages-database=own")
class KeptPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Test
	void theKeptListHoldsNoTokenNorTheNameOfWhoeverSawItFirst() {
		String secretariatName = accounts.secretariat();
		PortalClient secretariat = signedIn(secretariatName, "10.7.10.1");
		String focalName = accounts.focalPoint("CL");
		PortalClient focal = signedIn(focalName, "10.7.10.2");

		Document first = secretariat.page("/action-items?q=digital");
		Document again = secretariat.page("/action-items?q=digital");
		Document byFocal = focal.page("/action-items?q=digital");

		Element body = first.selectFirst("section.item-list");
		assertThat(body.select("table.items tbody tr")).as("the search found items").isNotEmpty();
		assertThat(body.select("input[name=_csrf]")).as("no token in the kept body").isEmpty();
		assertThat(body.select("form[method=post]")).isEmpty();
		assertThat(body.text()).doesNotContain(secretariatName);
		assertThat(again.selectFirst("section.item-list").html()).isEqualTo(body.html());
		assertThat(byFocal.selectFirst("section.item-list").html()).as("the same body for a focal point")
			.isEqualTo(body.html());
		assertThat(byFocal.selectFirst("header .who").text()).contains(focalName).doesNotContain(secretariatName);
		assertThat(first.select("header form[action$=logout] input[name=_csrf]")).as("the page around it has one")
			.hasSize(1);
	}

	@Test
	void eachLanguageAndQuestionGetsItsOwnList() {
		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.10.3");
		Document english = secretariat.page("/action-items?q=digital");
		Document spanish = secretariat.speaking("es").page("/action-items?q=digital");
		Document sorted = secretariat.page("/action-items?q=digital&sort=title");

		assertThat(spanish.selectFirst("section.item-list h1").text()).isNotBlank()
			.isNotEqualTo(english.selectFirst("section.item-list h1").text());
		assertThat(titles(sorted)).as("sorted by title").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(titles(sorted)).isNotEqualTo(titles(english));
	}

	@Test
	void aParameterTheListIgnoresIsNamedOnEveryRequest() {
		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.10.4");
		for (int n = 0; n < 2; n++) {
			Document page = secretariat.page("/action-items?q=digital&status=%3Cb%3Enearly%3C%2Fb%3E");
			assertThat(page.select("ul.notices li").text()).contains("<b>nearly</b>");
			assertThat(page.select("ul.notices b")).as("escaped").isEmpty();
		}
	}

	@Test
	void aChangedTitleShowsInTheListAndOnTheItemPageAtOnceEscaped() {
		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.10.5");
		long item = jdbc.queryForObject(
				"select min(id) from action_item where state = 'ACTIVE' and title ilike '%digital%'", Long.class);
		String title = jdbc.queryForObject("select title from action_item where id = ?", String.class, item);
		assertThat(rowTitle(secretariat.page("/action-items?q=digital"), item)).isEqualTo(title);
		assertThat(secretariat.page("/action-items/" + item).selectFirst("h1").text()).contains(title);
		try {
			jdbc.update("update action_item set title = ? where id = ?", "<b>Digital</b> kept no more", item);

			assertThat(rowTitle(secretariat.page("/action-items?q=digital"), item))
				.isEqualTo("<b>Digital</b> kept no more");
			Document itemPage = secretariat.page("/action-items/" + item);
			assertThat(itemPage.selectFirst("h1").text()).contains("<b>Digital</b> kept no more");
			assertThat(itemPage.select("h1 b")).as("escaped").isEmpty();
		}
		finally {
			jdbc.update("update action_item set title = ? where id = ?", title, item);
		}
	}

	@Test
	void aCommentAndARenamedOrganisationShowOnTheItemPageAtOnce() {
		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.10.6");
		Map<String, Object> taking = jdbc.queryForMap("select p.action_item_id, p.country_code from item_participant p"
				+ " join action_item i on i.id = p.action_item_id where i.state = 'ACTIVE'"
				+ " order by p.action_item_id desc, p.country_code limit 1");
		String itemPath = "/action-items/" + taking.get("action_item_id");
		assertThat(secretariat
			.submit(itemPath, itemPath + "/progress", Map.of("country", (String) taking.get("country_code"), "status",
					"LIMITED", "date", "2025-03-14", "note", "Kept pages", "evidence", ""))
			.statusCode()).isEqualTo(302);
		long update = jdbc.queryForObject(
				"select max(id) from progress_update where action_item_id = ? and country_code = ?", Long.class,
				taking.get("action_item_id"), taking.get("country_code"));
		String thread = "#update-" + update + " .thread";
		assertThat(secretariat.page(itemPath).select(thread + " li").text()).doesNotContain("decree");

		var posted = secretariat.submit(itemPath, "/progress-updates/" + update + "/comments",
				Map.of("comment", "Which <i>decree</i>?", "next", "item"));

		assertThat(posted.statusCode()).isEqualTo(302);
		Element comments = secretariat.page(itemPath).selectFirst(thread);
		assertThat(comments).as("the update on the page").isNotNull();
		assertThat(comments.select("li").text()).contains("Which <i>decree</i>?");
		assertThat(comments.select("li i")).as("escaped").isEmpty();

		Map<String, Object> named = jdbc.queryForMap("select p.action_item_id, o.id, o.name from participation p"
				+ " join organisation o on o.id = p.organisation_id join action_item i on i.id = p.action_item_id"
				+ " where i.state = 'ACTIVE' order by p.action_item_id, o.id limit 1");
		String organisationItem = "/action-items/" + named.get("action_item_id");
		assertThat(secretariat.page(organisationItem).select("ul.participants").text())
			.contains((String) named.get("name"));
		try {
			jdbc.update("update organisation set name = 'Renamed Organisation' where id = ?", named.get("id"));

			assertThat(secretariat.page(organisationItem).select("ul.participants").text())
				.contains("Renamed Organisation");
		}
		finally {
			jdbc.update("update organisation set name = ? where id = ?", named.get("name"), named.get("id"));
		}
	}

	private static String rowTitle(Document list, long item) {
		Element row = list.getElementById("item-" + item);
		assertThat(row).as("item %d in the list", item).isNotNull();
		return row.select("td").get(1).text();
	}

	private static List<String> titles(Document list) {
		return list.select("table.items tbody tr td:nth-child(2)").eachText();
	}

	private PortalClient signedIn(String username, String address) {
		PortalClient client = new PortalClient(port).from(address);
		assertThat(client.signIn(username, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

}
