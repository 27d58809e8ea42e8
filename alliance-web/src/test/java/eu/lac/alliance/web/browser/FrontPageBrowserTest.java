package eu.lac.alliance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.Chromium;

/**
 * The front page as a person sees it, in Debian's Chromium driven through its
 * chromedriver.
 */
@PortalTest
class FrontPageBrowserTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startChromium() {
		browser = Chromium.start("en");
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aVisitorIsAskedToSignInAndThenSeesTheAlliancesFiguresAndTheSummit() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getCurrentUrl()).endsWith("/login");

		signInAsAdmin();

		assertThat(browser.getCurrentUrl()).matches("http://localhost:" + port + "/(\\?continue)?");

		assertThat(browser.getTitle()).isEqualTo("EU-LAC Digital Alliance commitments");
		assertThat(browser.findElement(By.id("dialogue-count")).getText()).isEqualTo("4");
		assertThat(browser.findElement(By.id("member-count")).getText())
			.isEqualTo(String.valueOf(jdbc.queryForObject("select count(*) from alliance_membership", Integer.class)));
		assertThat(browser.findElement(By.id("summit")).getText()).contains("Santa Marta");
	}

	@Test
	void theHomeLinkLeadsBackToTheFrontPage() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		signInAsAdmin();
		browser.get("http://localhost:" + port + "/no/such/page");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");

		browser.findElement(By.linkText("Back to the home page")).click();

		assertThat(browser.findElement(By.id("dialogue-count")).getText()).isEqualTo("4");
	}

	@Test
	void aWrongPasswordKeepsTheVisitorOnTheSignInPageWithAMessage() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("not the password");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();

		assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("Wrong user name or password.");
	}

	private void signInAsAdmin() {
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(PortalTest.ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

}
