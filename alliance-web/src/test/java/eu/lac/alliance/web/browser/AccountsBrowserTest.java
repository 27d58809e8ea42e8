package eu.lac.alliance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.progress.ProgressFixtures;
import eu.lac.alliance.web.testing.Chromium;
import eu.lac.alliance.web.testing.ChromiumExtension;

/**
 * An admin creates a focal point through the admin menu in Chromium, and the new user,
 * signing in with the generated password, is led to choose their own before anything
 * else. Shares the accounts tests' database.
 */
@PortalTest
@TestPropertySource(properties = "alliance.test.accounts-database=own")
@Import(ProgressFixtures.class)
class AccountsBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = ChromiumExtension.speaking("en");

	private WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void theClassesChromium() {
		browser = chromium.browser();
	}

	@Test
	void anAdminCreatesAFocalPointWhoThenChoosesItsOwnPassword() {
		Chromium.signIn(browser, base(), "admin", PortalTest.ADMIN_PASSWORD);

		Chromium.follow(browser, new ByChained(By.cssSelector("nav.admin-menu"), By.linkText("Accounts")));
		Chromium.follow(browser, By.linkText("New account"));
		browser.findElement(By.id("username")).sendKeys("focal-co-browser");
		new Select(browser.findElement(By.id("role"))).selectByValue("FOCAL_POINT");
		new Select(browser.findElement(By.id("country"))).selectByValue("CO");
		Chromium.submit(browser, By.cssSelector("#new-account button[type=submit]"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Account created");
		String password = browser.findElement(By.cssSelector(".one-time-password")).getText();
		assertThat(password).hasSize(24);
		Chromium.submit(browser, By.cssSelector("form[action$='/logout'] button"));

		Chromium.signIn(browser, base(), "focal-co-browser", password);
		assertThat(browser.getCurrentUrl()).endsWith("/account/password");
		browser.get("http://localhost:" + port + "/action-items");
		assertThat(browser.getCurrentUrl()).as("every page leads to the password page").endsWith("/account/password");
		browser.findElement(By.id("currentPassword")).sendKeys(password);
		browser.findElement(By.id("newPassword")).sendKeys("colombia reports well");
		browser.findElement(By.id("confirmation")).sendKeys("colombia reports well");
		Chromium.submit(browser, By.cssSelector("form[action$='/account/password'] button[type=submit]"));

		assertThat(browser.findElement(By.cssSelector("p.flash")).getText())
			.isEqualTo("Your password has been changed.");
		browser.get("http://localhost:" + port + "/action-items");
		assertThat(browser.getCurrentUrl()).endsWith("/action-items");
		assertThat(browser.findElements(By.cssSelector("nav.admin-menu"))).as("no admin menu for a focal point")
			.isEmpty();
		assertThat(jdbc.queryForObject("select must_change_password from account where username = 'focal-co-browser'",
				Boolean.class))
			.isFalse();
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
