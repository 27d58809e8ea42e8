package eu.lac.alliance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.Chromium;
import eu.lac.alliance.web.testing.ChromiumExtension;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * The correction as people click through it in Debian's Chromium: a secretariat
 * member adds a country to an item's participants on the edit form, and the focal point
 * of that newly added country can then log progress on the item.
 */
@PortalTest
@TestPropertySource(properties = "alliance.test.corrections-database=own")
class CorrectionBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = ChromiumExtension.speaking("en");

	private WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void theClassesChromium() {
		browser = chromium.browser();
	}

	@Test
	void theSecretariatAddsACountryAndItsFocalPointThenLogsProgressOnTheItem() {
		long item = jdbc.queryForObject(
				"""
						select min(a.id) from action_item a where a.state = 'ACTIVE' and a.openness = 'NAMED'
						and a.source_document_id is not null
						and not exists (select 1 from hand_correction h where h.subject_type = 'action_item' and h.subject_id = a.id)
						and exists (select 1 from participation p where p.action_item_id = a.id)""",
				Long.class);
		String country = jdbc.queryForObject("""
				select min(m.country_code) from alliance_membership m where m.country_code like 'P%' and not exists (
				    select 1 from item_participant ip where ip.action_item_id = ? and ip.country_code = m.country_code)
				""", String.class, item);
		String focalPoint = accounts.focalPoint(country);

		signIn(focalPoint);
		open("/action-items/" + item);
		assertThat(browser.findElements(By.id("progress-form"))).as("before: %s takes no part", country).isEmpty();

		signIn(accounts.secretariat());
		open("/action-items/" + item);
		Chromium.follow(browser, By.id("edit-item"));
		WebElement blank = browser.findElements(By.cssSelector(".participant-line"))
			.stream()
			.filter(line -> new Select(line.findElement(By.cssSelector("select[name$='.party']")))
				.getFirstSelectedOption()
				.getAttribute("value")
				.isEmpty())
			.findFirst()
			.orElseThrow();
		new Select(blank.findElement(By.cssSelector("select[name$='.party']"))).selectByValue("country:" + country);
		new Select(blank.findElement(By.cssSelector("select[name$='.role']"))).selectByValue("INTERESTED");
		Chromium.submit(browser, By.cssSelector("#item-form button[type=submit]"));

		assertThat(browser.findElement(By.cssSelector(".flash")).getText())
			.isEqualTo("Your corrections to the item were saved.");
		assertThat(browser.findElement(By.id("hand-edits")).getText()).contains("Participants");
		String countryName = jdbc.queryForObject("select name from country where code = ?", String.class, country);
		assertThat(browser.findElement(By.cssSelector(".participants")).getText()).contains(countryName);
		assertThat(jdbc.queryForObject(
				"select count(*) from item_participant where action_item_id = ? and country_code = ?", Integer.class,
				item, country))
			.as("stored: %s takes part", country)
			.isEqualTo(1);

		signIn(focalPoint);
		open("/action-items/" + item);
		new Select(browser.findElement(By.id("status"))).selectByValue("LIMITED");
		browser.findElement(By.id("note")).sendKeys("Joined the work after the correction");
		Chromium.submit(browser, By.cssSelector("#progress-form button[type=submit]"));

		assertThat(browser.findElement(By.cssSelector(".progress-notice")).getText()).contains("awaits validation");
		assertThat(jdbc.queryForObject(
				"select count(*) from progress_update where action_item_id = ? and "
						+ "country_code = ? and author = ? and note = 'Joined the work after the correction'",
				Integer.class, item, country, focalPoint))
			.isEqualTo(1);
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void signIn(String username) {
		Chromium.signIn(browser, "http://localhost:" + port, username, TestAccounts.PASSWORD);
		assertThat(browser.findElements(By.id("login-error"))).isEmpty();
	}

}
