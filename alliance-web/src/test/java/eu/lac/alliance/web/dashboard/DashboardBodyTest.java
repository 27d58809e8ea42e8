package eu.lac.alliance.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The dashboard's body is rendered once per version of the data and kept for everyone who
 * sees the same one: what it keeps holds nothing of one person, it follows every change
 * of the data at once, and each audience and language gets its own.
 */
@PortalTest
class DashboardBodyTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	private PortalClient secretariat;

	private String secretariatName;

	private String chileName;

	@BeforeEach
	void signIn() {
		secretariat = new PortalClient(port).from("10.7.9.1");
		secretariatName = accounts.secretariat();
		secretariat.signIn(secretariatName, TestAccounts.PASSWORD);
		chileName = jdbc.queryForObject("select name from country where code = 'CL'", String.class);
	}

	@AfterEach
	void restoreChile() {
		jdbc.update("update country set name = ? where code = 'CL'", chileName);
	}

	@Test
	void theKeptBodyHoldsNoTokenNorTheNameOfWhoeverSawItFirst() {
		String focalName = accounts.focalPoint("CL");
		PortalClient focal = new PortalClient(port).from("10.7.9.2");
		focal.signIn(focalName, TestAccounts.PASSWORD);
		Document first = secretariat.page("/");
		Document again = secretariat.page("/");
		Document byFocal = focal.page("/");

		Element body = first.selectFirst("section.dashboard");
		assertThat(body.select("input[name=_csrf]")).as("no token in the kept body").isEmpty();
		assertThat(body.select("form[method=post]")).isEmpty();
		assertThat(body.text()).doesNotContain(secretariatName);
		assertThat(again.selectFirst("section.dashboard").html()).isEqualTo(body.html());
		assertThat(first.select("header form[action$=logout] input[name=_csrf]")).as("the page around it has one")
			.hasSize(1);
		assertThat(first.selectFirst("header .who").text()).contains(secretariatName);
		assertThat(byFocal.selectFirst("header .who").text()).contains(focalName).doesNotContain(secretariatName);
	}

	@Test
	void eachAudienceGetsItsOwnBody() {
		PortalClient focal = new PortalClient(port).from("10.7.9.3");
		focal.signIn(accounts.focalPoint("CL"), TestAccounts.PASSWORD);
		Document staffPage = secretariat.page("/");
		Document focalPage = focal.page("/");

		assertThat(staffPage.select("#follow-up")).hasSize(1);
		assertThat(staffPage.select("#your-country")).isEmpty();
		assertThat(focalPage.select("#follow-up")).isEmpty();
		assertThat(focalPage.select("#your-country")).hasSize(1);
	}

	@Test
	void eachLanguageGetsItsOwnBody() {
		String english = secretariat.page("/").selectFirst("section.dashboard h1").text();
		String spanish = secretariat.speaking("es").page("/").selectFirst("section.dashboard h1").text();

		assertThat(spanish).isNotBlank().isNotEqualTo(english);
	}

	@Test
	void aChangeToTheDataShowsOnTheNextRequest() {
		assertThat(secretariat.page("/").select("#countries-table tbody tr[data-country=CL] th").text())
			.isEqualTo(chileName);
		long before = jdbc.queryForObject("select version from data_version", Long.class);

		jdbc.update("update country set name = '<b>Chile</b> renamed' where code = 'CL'");

		assertThat(jdbc.queryForObject("select version from data_version", Long.class)).isGreaterThan(before);
		Element row = secretariat.page("/").selectFirst("#countries-table tbody tr[data-country=CL]");
		assertThat(row.selectFirst("th").text()).as("escaped, not markup").isEqualTo("<b>Chile</b> renamed");
		assertThat(row.select("b")).isEmpty();
	}

}
