package eu.lac.alliance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.progress.ProgressWorkflow;
import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.progress.ProgressFixtures;
import eu.lac.alliance.web.testing.Chromium;
import eu.lac.alliance.web.testing.ChromiumExtension;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * The progress workflow as people click through it in Debian's Chromium: a focal point
 * logs and sees the update pending, the secretariat validates it on the review queue and
 * the item page, the dashboard and the country page show it; a returned update shows its
 * comment to the focal point; another country's correction form is out of reach.
 */
@PortalTest
@TestPropertySource(properties = "alliance.test.progress-database=own")
@Import(ProgressFixtures.class)
class ProgressBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = ChromiumExtension.speaking("en");

	private WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProgressFixtures fixtures;

	@Autowired
	ProgressWorkflow workflow;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void theClassesChromium() {
		browser = chromium.browser();
	}

	@Test
	void aFocalPointLogsSeesItPendingAndTheSecretariatValidatesItOnTheReviewQueue() {
		// a leaf item: the dashboard counts a country's reports on leaves, the items
		// countries report on
		List<Long> leaves = jdbc.queryForList("""
				select distinct a.id from action_item a join item_participant ip on ip.action_item_id = a.id
				where ip.country_code = 'CL' and a.state = 'ACTIVE' and a.openness = 'NAMED'
				  and not exists (select 1 from action_item c where c.parent_id = a.id and c.state = 'ACTIVE')
				order by a.id""", Long.class);
		long item = leaves.get(Math.min(5, leaves.size() - 1));
		boolean hadStatus = jdbc.queryForObject(
				"select exists (select 1 from item_country_status where action_item_id = ? and country_code = 'CL')",
				Boolean.class, item);
		signIn(accounts.focalPoint("CL"));
		int reportedBefore = chileReportedOnTheDashboard();
		open("/action-items/" + item);
		new Select(browser.findElement(By.id("status"))).selectByValue("SUBSTANTIAL");
		browser.findElement(By.id("note")).sendKeys("National strategy adopted");
		browser.findElement(By.id("evidence")).sendKeys("https://www.gob.cl/strategy");
		Chromium.submit(browser, By.cssSelector("#progress-form button[type=submit]"));

		assertThat(browser.findElement(By.cssSelector(".progress-notice")).getText()).contains("awaits validation");
		long update = jdbc.queryForObject("select max(id) from progress_update where action_item_id = ?", Long.class,
				item);
		assertThat(browser.findElement(By.cssSelector("#update-" + update + " .review-state")).getText())
			.isEqualTo("Awaiting validation");

		signIn(accounts.secretariat());
		open("/reviews");
		browser.findElement(By.id("select-" + update)).click();
		Chromium.submit(browser, By.cssSelector("#review-form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".progress-notice")).getText()).startsWith("1 updates validated");

		open("/action-items/" + item);
		assertThat(browser.findElement(By.cssSelector("#update-" + update + " .review-state")).getText())
			.isEqualTo("Validated");
		assertThat(browser.findElement(By.cssSelector("#country-CL td")).getText()).contains("Substantial");

		assertThat(chileReportedOnTheDashboard()).isEqualTo(reportedBefore + (hadStatus ? 0 : 1));
		open("/countries/cl");
		assertThat(browser.findElement(By.cssSelector("#item-" + item + " td.own")).getText()).contains("Substantial");
	}

	/** The dashboard's "Reported" figure in Chile's row of the per-country table. */
	private int chileReportedOnTheDashboard() {
		open("/");
		return Integer
			.parseInt(browser.findElement(By.cssSelector("#countries-table tr[data-country=CL] td:nth-of-type(3)"))
				.getText());
	}

	@Test
	void aReturnedUpdateShowsItsCommentToTheFocalPoint() {
		long item = fixtures.itemOf("CL", 8);
		long update = fixtures.pendingUpdate(item, "CL");
		signIn(accounts.secretariat());
		open("/action-items/" + item);
		browser.findElement(By.id("return-" + update)).sendKeys("Please link the signed agreement.");
		Chromium.submit(browser, By.cssSelector("#update-" + update + " form.return button"));
		assertThat(browser.findElement(By.cssSelector(".progress-notice")).getText())
			.isEqualTo("Update returned to its author.");

		signIn(accounts.focalPoint("CL"));
		open("/action-items/" + item);
		assertThat(browser.findElement(By.cssSelector("#update-" + update + " .review-comment")).getText())
			.contains("Please link the signed agreement.");
		Chromium.follow(browser, By.cssSelector("#update-" + update + " a.correct"));
		assertThat(browser.findElement(By.cssSelector(".correcting")).getText())
			.contains("Please link the signed agreement.");
		assertThat(new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("LIMITED");
	}

	@Test
	void aFocalPointCannotReachAnotherCountrysForm() {
		long brazilian = fixtures.itemOf("BR", 0);
		boolean chileTakesPart = jdbc.queryForObject(
				"select exists (select 1 from item_participant " + "where action_item_id = ? and country_code = 'CL')",
				Boolean.class, brazilian);
		long update = fixtures.pendingUpdate(brazilian, "BR");
		workflow.returnToAuthor(new Actor("fixture-sec", Role.SECRETARIAT, null), update, "Which agency?");

		signIn(accounts.focalPoint("CL"));
		open("/action-items/" + brazilian + "?correct=" + update);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");

		open("/action-items/" + brazilian);
		assertThat(browser.findElements(By.cssSelector("#progress-form option[value=BR]"))).isEmpty();
		if (!chileTakesPart) {
			assertThat(browser.findElements(By.id("progress-form"))).isEmpty();
		}
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void signIn(String username) {
		Chromium.signIn(browser, "http://localhost:" + port, username, TestAccounts.PASSWORD);
		assertThat(browser.findElements(By.id("login-error"))).isEmpty();
	}

}
