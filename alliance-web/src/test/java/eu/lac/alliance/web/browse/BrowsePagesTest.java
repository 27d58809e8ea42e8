package eu.lac.alliance.web.browse;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * The dialogue, policy area, country and organisation pages against the five seeds, read
 * through real HTTP as a signed-in focal point would.
 */
@PortalTest
class BrowsePagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private PortalClient client;

	@BeforeEach
	void signIn() {
		client = new PortalClient(port).from("10.7.1.1");
		client.signIn(accounts.focalPoint("CL"), TestAccounts.PASSWORD);
	}

	@AfterEach
	void removeWhatATestAdded() {
		jdbc.update(
				"delete from item_progress where action_item_id in (select id from action_item where code like 'TEST-%')");
		jdbc.update("delete from action_item where code like 'TEST-%'");
	}

	private Document page(String path) {
		HttpResponse<String> response = client.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private long dialogueId(String title) {
		return jdbc.queryForObject("select id from dialogue where title = ?", Long.class, title);
	}

	private long itemId(String dialogueTitle, String code) {
		return jdbc.queryForObject(
				"select i.id from action_item i join dialogue d on d.id = i.dialogue_id where d.title = ? and i.code = ?",
				Long.class, dialogueTitle, code);
	}

	private static final String SANTO_DOMINGO = "EU-LAC High Level Dialogue on Cybersecurity";

	@Test
	void theDialogueListShowsEveryDialogueWithDatesPlaceCoChairsCountAndSources() {
		Document list = page("/dialogues");
		assertThat(list.select("article.dialogue")).hasSize(4);
		Element santoDomingo = list.selectFirst("#dialogue-" + dialogueId(SANTO_DOMINGO));
		assertThat(santoDomingo.select("h2").text()).isEqualTo(SANTO_DOMINGO);
		assertThat(santoDomingo.select(".dates").text()).isEqualTo("14 February 2024 – 16 February 2024");
		assertThat(santoDomingo.select(".place").text()).isEqualTo("Santo Domingo, Dominican Republic");
		assertThat(santoDomingo.select(".co-chairs li").eachText()).containsExactly(
				"Dominican Republic (Vice Minister José Montilla)", "European Commission (Felice Zaccheo)");
		assertThat(santoDomingo.select(".participants").text()).isEqualTo("over 150");
		assertThat(santoDomingo.select(".sources a").eachText()).containsExactly("001_0a6d16b983599f06.txt",
				"002_8101de193ffe7200.txt");
		assertThat(santoDomingo.select(".item-count").text()).isEqualTo("24");
		Element operational = list.selectFirst("#dialogue-" + dialogueId("Operational conclusions"));
		assertThat(operational.select(".dates").text()).isEqualTo("Not stated");
		assertThat(operational.select(".participants").text()).isEqualTo("Not stated");
	}

	@Test
	void aDialoguePageShowsItsObjectivesThemesAreasAndItsItemsAsATreeWithTheirStatus() {
		Document dialogue = page("/dialogues/" + dialogueId(SANTO_DOMINGO));
		assertThat(dialogue.select("h1").text()).isEqualTo(SANTO_DOMINGO);
		assertThat(dialogue.select(".themes li").eachText()).containsExactly("workforce capacity building",
				"multi-stakeholder cooperation", "strengthened cyber ecosystems", "secure connectivity");
		assertThat(dialogue.select(".areas a").eachText()).containsExactly("Cybersecurity");
		assertThat(dialogue.select(".objectives li").eachText())
			.anySatisfy(o -> assertThat(o).contains("Diplomatic level"));
		Element tree = dialogue.selectFirst("ul.item-tree");
		List<String> roots = tree.children().stream().map(li -> li.selectFirst(".item-line .code").text()).toList();
		assertThat(roots).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
		Element two = tree.children().get(1);
		assertThat(two.select("> ul.item-tree > li > .item-line .code").eachText()).containsExactly("2.a", "2.b", "2.c",
				"2.d");
		assertThat(two.selectFirst(".item-line a").attr("href"))
			.isEqualTo("/action-items/" + itemId(SANTO_DOMINGO, "2"));
		assertThat(dialogue.select(".item-line .status").eachText()).hasSize(24).allMatch("No report"::equals);
	}

	@Test
	void aReportedItemShowsItsStatusAndPercentAndNoReportIsNeverZeroPercent() {
		long item = itemId(SANTO_DOMINGO, "3");
		try {
			jdbc.update("insert into item_progress (action_item_id, status, percent, reported_units, units)"
					+ " values (?, 'LIMITED', 33, 1, 3)", item);
			Document dialogue = page("/dialogues/" + dialogueId(SANTO_DOMINGO));
			Element line = dialogue.select(".item-line")
				.stream()
				.filter(l -> l.selectFirst(".code").text().equals("3"))
				.findFirst()
				.orElseThrow();
			assertThat(line.select(".status").text()).isEqualTo("Limited33 %");
			assertThat(line.select(".status").hasClass("status-limited")).isTrue();
			assertThat(dialogue.select(".status-none").eachText()).hasSize(23).allMatch("No report"::equals);
			assertThat(dialogue.select(".status-none .percent")).isEmpty();
		}
		finally {
			jdbc.update("delete from item_progress where action_item_id = ?", item);
		}
	}

	@Test
	void unknownOrMalformedIdsSlugsAndCountriesAreNotFound() {
		for (String path : List.of("/dialogues/999999", "/dialogues/abc", "/dialogues/-1", "/policy-areas/quantum",
				"/countries/XX", "/countries/zz", "/countries/chl", "/countries/1", "/organisations/999999",
				"/organisations/x")) {
			HttpResponse<String> response = client.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Exception");
		}
	}

	@Test
	void everyPolicyAreaOfTwentyTwentyThreeHasAPageUnderItsSlug() {
		assertThat(List.of("cybersecurity", "artificial-intelligence", "data-governance", "e-governance",
				"connectivity", "caribbean"))
			.allSatisfy(slug -> assertThat(client.get("/policy-areas/" + slug).statusCode()).as(slug).isEqualTo(200));
	}

	@Test
	void cybersecurityShowsItsCoLeadsObjectivesAndItemsAcrossDialogues() {
		Document area = page("/policy-areas/cybersecurity");
		assertThat(area.select("h1").text()).isEqualTo("Cybersecurity");
		Element operational = area.selectFirst("#dialogue-" + dialogueId("Operational conclusions"));
		assertThat(operational.select(".co-leads li").eachText()).containsExactly("Dominican Republic co-lead",
				"Costa Rica co-lead", "Chile co-lead", "Trinidad and Tobago co-lead",
				"Expertise France implementing agency", "European Commission co-lead");
		assertThat(operational.select(".objectives li").text())
			.contains("LAC and EU cybersecurity frameworks are better aligned");
		assertThat(operational.select(".cooperation .code").eachText()).containsExactly("CYB-O1", "CYB-O2");
		assertThat(operational.select(".next-steps .code").eachText()).containsExactly("CYB-N1", "CYB-N2");
		assertThat(operational.select(".next-steps .deadline").eachText()).containsExactly("(in February 2024)");
		Element santoDomingo = area.selectFirst("#dialogue-" + dialogueId(SANTO_DOMINGO));
		assertThat(santoDomingo.select(".objectives li strong").eachText()).contains("Overall objective",
				"Action area");
		assertThat(santoDomingo.select("ul.item-tree .code")).hasSize(24);
		assertThat(area.select("article.area-dialogue")).hasSize(3);
		assertThat(area.select(".status-counts td.no-report").text()).isEqualTo(String.valueOf(jdbc.queryForObject(
				"select count(*) from action_item where policy_area_id = (select id from policy_area where code = 'CYB')"
						+ " and state = 'ACTIVE'",
				Long.class)));
		assertThat(area.select(".co-leads a[href=/countries/cl]")).isNotEmpty();
	}

	@Test
	void theCountryListShowsMembersWithTheYearTheyJoinedAndOtherCountriesApart() {
		Document countries = page("/countries");
		Element chile = countries.selectFirst("table.members #country-CL");
		assertThat(chile.select(".joined").text()).isEqualTo("2023");
		assertThat(chile.text()).contains("Stated by an imported document");
		assertThat(countries.selectFirst("table.members #country-BO .joined").text()).isEqualTo("2025");
		assertThat(countries.selectFirst("table.members #country-DE").text()).contains("Joint Declaration of 2023");
		assertThat(countries.select("table.members tbody tr")).hasSize(51);
		List<String> others = countries.select("table.others tbody th").eachText();
		Integer nonMembersTakingPart = jdbc.queryForObject(
				"select count(distinct ip.country_code) from item_participant ip"
						+ " join action_item i on i.id = ip.action_item_id and i.state = 'ACTIVE'"
						+ " where ip.country_code not in (select country_code from alliance_membership)",
				Integer.class);
		assertThat(others).hasSize(nonMembersTakingPart);
		assertThat(countries.selectFirst("table.members #country-CL .items").text()).isEqualTo(String
			.valueOf(jdbc.queryForObject("select count(distinct action_item_id) from item_participant ip"
					+ " join action_item i on i.id = ip.action_item_id and i.state = 'ACTIVE' where ip.country_code = 'CL'",
					Long.class)));
	}

	@Test
	void chilesPageShowsWhatItCoLeadsAndItsItemsWithBothStatusesWhateverTheCase() {
		Document upper = page("/countries/CL");
		Document lower = page("/countries/cl");
		assertThat(lower.select("main").html()).isEqualTo(upper.select("main").html());
		assertThat(upper.select("h1").text()).isEqualTo("Chile");
		assertThat(upper.select(".membership").text()).isEqualTo("Member since 2023 (Stated by an imported document).");
		assertThat(upper.select("table.co-leads tbody tr").eachText()).containsExactly(
				"Cybersecurity Operational conclusions co-lead",
				"Artificial Intelligence Operational conclusions co-lead");
		long cyb = itemId("Operational conclusions", "CYB-O1");
		Element row = upper.selectFirst("#item-" + cyb);
		assertThat(row.select(".why").text()).isEqualTo("on the co-lead line, named");
		assertThat(row.select(".roles").text()).isEqualTo("co-lead");
		assertThat(row.select(".own").text()).isEqualTo("No report");
		assertThat(row.select(".item").text()).isEqualTo("No report");
		try {
			jdbc.update("insert into item_progress (action_item_id, status, percent, reported_units, units)"
					+ " values (?, 'SUBSTANTIAL', 67, 2, 6)", cyb);
			Element reported = page("/countries/cl").selectFirst("#item-" + cyb);
			assertThat(reported.select(".own").text()).isEqualTo("No report");
			assertThat(reported.select(".item").text()).isEqualTo("Substantial67 %");
		}
		finally {
			jdbc.update("delete from item_progress where action_item_id = ?", cyb);
		}
		assertThat(upper.select("table.country-items tbody tr")).hasSize(jdbc.queryForObject(
				"select count(distinct action_item_id) from item_participant ip join action_item i on i.id = ip.action_item_id"
						+ " and i.state = 'ACTIVE' where ip.country_code = 'CL'",
				Integer.class));
	}

	@Test
	void anOrganisationsPageShowsWhatItCoLeadsActsForAndIsNamedOn() {
		long commission = jdbc.queryForObject("select id from organisation where name = 'European Commission'",
				Long.class);
		Document organisation = page("/organisations/" + commission);
		assertThat(organisation.select("h1").text()).startsWith("European Commission");
		assertThat(organisation.select("table.co-leads tbody tr")).hasSize(jdbc
			.queryForObject("select count(*) from co_lead where organisation_id = ?", Integer.class, commission));
		assertThat(organisation.select("table.co-leads tbody tr").eachText())
			.anySatisfy(line -> assertThat(line).isEqualTo("Cybersecurity Operational conclusions co-lead"))
			.anySatisfy(line -> assertThat(line).contains("actor").contains("Political Actors"));
		assertThat(organisation.select("table.organisation-items tbody tr")).hasSize(
				jdbc.queryForObject("select count(*) from participation p join action_item i on i.id = p.action_item_id"
						+ " where p.organisation_id = ? and i.state = 'ACTIVE'", Integer.class, commission));
		long fiiapp = jdbc.queryForObject("select organisation_id from participation_agency group by organisation_id"
				+ " order by count(*) desc limit 1", Long.class);
		assertThat(page("/organisations/" + fiiapp).select("table.organisation-items .role").eachText())
			.anySatisfy(role -> assertThat(role).contains("as agency of"));
	}

	@Test
	void documentTextIsEscapedOnEveryPage() {
		long dialogue = dialogueId(SANTO_DOMINGO);
		jdbc.update("insert into action_item (dialogue_id, policy_area_id, code, title, description, category)"
				+ " select ?, id, 'TEST-XSS', '<script>alert(1)</script><img src=x onerror=alert(2)>', 'x', 'ACTIVITY'"
				+ " from policy_area where code = 'CYB'", dialogue);
		for (String path : List.of("/dialogues/" + dialogue, "/policy-areas/cybersecurity", "/action-items?q=TEST-XSS",
				"/countries/cl")) {
			HttpResponse<String> response = client.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			Document document = Jsoup.parse(response.body());
			assertThat(document.select("main script, main img")).as(path).isEmpty();
			if (!path.startsWith("/countries")) {
				assertThat(response.body()).as(path).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
			}
		}
	}

	@Test
	void thePagesSpeakSpanishAndPortuguese() {
		client.speaking("es");
		assertThat(page("/dialogues").select(".participants").eachText()).contains("más de 150");
		assertThat(page("/countries/cl").select("h2").eachText()).contains("Acciones en que participa");
		client.speaking("pt");
		assertThat(page("/policy-areas/caribbean").select("h3").eachText()).contains("Próximos passos");
	}

}
