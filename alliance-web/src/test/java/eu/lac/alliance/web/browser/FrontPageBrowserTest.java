package eu.lac.alliance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.Chromium;
import eu.lac.alliance.web.testing.ChromiumExtension;

/**
 * The front page as a person sees it, in Debian's Chromium driven through its
 * chromedriver.
 */
@PortalTest
class FrontPageBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = ChromiumExtension.speaking("en");

	private WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeEach
	void theClassesChromium() {
		browser = chromium.browser();
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

		Chromium.follow(browser, By.linkText("Back to the home page"));

		assertThat(browser.findElement(By.id("dialogue-count")).getText()).isEqualTo("4");
	}

	@Test
	void aWrongPasswordKeepsTheVisitorOnTheSignInPageWithAMessage() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("not the password");
		Chromium.submit(browser, By.cssSelector("form button[type=submit]"));

		assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("Wrong user name or password.");
	}

	private void signInAsAdmin() {
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(PortalTest.ADMIN_PASSWORD);
		// not Chromium.signIn: the portal must lead back to the page first asked for
		Chromium.submit(browser, By.cssSelector("form button[type=submit]"));
	}

}
