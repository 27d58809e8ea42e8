package eu.lac.alliance.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.Chromium;
import eu.lac.alliance.web.testing.ChromiumExtension;
import eu.lac.alliance.web.testing.PortalPages;
import eu.lac.alliance.web.testing.PortalPages.Page;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * axe-core (the copy inside the axe-core Selenium jar, no CDN) run in real Chromium over
 * the pages people use most finds no serious or critical violation (in English, and the
 * first page also in Spanish and Portuguese); and the portal works with the keyboard
 * alone: Tab reaches the skip link first, then the navigation and the forms, the focus is
 * visible, and forms submit with Enter. The edit pages and the admin pages are checked as
 * the first admin.
 */
@PortalTest
class AccessibilityBrowserTest {

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	@RegisterExtension
	static final ChromiumExtension chromium = ChromiumExtension.speaking("en");

	private WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void theClassesChromium() {
		browser = chromium.browser();
	}

	@Test
	void noPageHasASeriousOrCriticalViolation() {
		List<String> violations = new ArrayList<>();
		browser.manage().deleteAllCookies();
		for (Page page : PortalPages.PUBLIC_PAGES) {
			browser.get(base() + page.path());
			violations.addAll(blocking(page.name()));
		}
		Chromium.signIn(browser, base(), accounts.focalPoint("CL"), TestAccounts.PASSWORD);
		for (Page page : PortalPages.ACCESSIBILITY_PAGES) {
			browser.get(base() + PortalPages.resolve(page, jdbc));
			violations.addAll(blocking(page.name()));
		}
		// the other languages change words, not structure: their first page stands for
		// the rest (lang attributes, longer labels)
		for (String language : List.of("es", "pt")) {
			Page first = PortalPages.ACCESSIBILITY_PAGES.get(0);
			String path = PortalPages.resolve(first, jdbc);
			browser.get(base() + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
			violations.addAll(blocking(first.name() + " [" + language + "]"));
		}
		browser.get(base() + "/?lang=en");
		assertThat(violations).isEmpty();
	}

	@Test
	void noEditOrAdminPageHasASeriousOrCriticalViolation() {
		List<String> violations = new ArrayList<>();
		Chromium.signIn(browser, base(), "admin", PortalTest.ADMIN_PASSWORD);
		for (Page page : PortalPages.ADMIN_ACCESSIBILITY_PAGES) {
			browser.get(base() + PortalPages.resolve(page, jdbc));
			assertThat(browser.findElements(By.cssSelector("main form, main table")))
				.as(page.name() + ": the page itself, not an error page")
				.isNotEmpty();
			violations.addAll(blocking(page.name()));
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void tabReachesTheSkipLinkFirstThenTheNavigationAndTheFormWithAVisibleFocus() {
		Chromium.signIn(browser, base(), accounts.focalPoint("CL"), TestAccounts.PASSWORD);
		browser.get(base() + "/account/password");
		WebElement body = browser.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);

		WebElement first = focused();
		assertThat(first.getAttribute("class")).contains("skip");
		assertThat(first.getAttribute("href")).endsWith("#main");
		assertFocusIsVisible(first);

		List<String> reached = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			WebElement element = focused();
			if (element.getTagName().equals("body")) {
				// past the last control, the focus leaves the page
				break;
			}
			assertFocusIsVisible(element);
			reached.add(describe(element));
			element.sendKeys(Keys.TAB);
		}
		assertThat(reached).as("Tab order")
			.contains("a /", "a /dialogues", "a /action-items", "a /account/password", "input currentPassword",
					"input newPassword", "input confirmation", "button submit");
	}

	@Test
	void theSkipLinkMovesTheFocusToTheMainContent() {
		Chromium.signIn(browser, base(), accounts.focalPoint("CL"), TestAccounts.PASSWORD);
		browser.get(base() + "/");
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		focused().sendKeys(Keys.ENTER);

		assertThat(browser.getCurrentUrl()).endsWith("#main");
		Object inMain = ((JavascriptExecutor) browser)
			.executeScript("var t = document.querySelector(':target'); return t !== null && t.id === 'main';");
		assertThat(inMain).isEqualTo(true);
	}

	@Test
	void theSignInFormIsFilledAndSubmittedWithTheKeyboardAlone() {
		browser.manage().deleteAllCookies();
		browser.get(base() + "/login");
		String user = accounts.focalPoint("CL");
		// the user name field has the focus on arrival; type, Tab, type, Enter
		focused().sendKeys(user);
		focused().sendKeys(Keys.TAB);
		assertThat(focused().getAttribute("id")).isEqualTo("password");
		WebElement password = focused();
		password.sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
		Chromium.waitUntilReplaced(browser, password);

		assertThat(browser.getCurrentUrl()).matches(base() + "/(\\?continue)?");
		assertThat(browser.findElement(By.cssSelector(".account .who")).getText()).contains(user);
	}

	private List<String> blocking(String page) {
		Results results = new AxeBuilder().analyze(browser);
		assertThat(results.isErrored()).as(page + ": axe ran").isFalse();
		assertThat(results.getPasses()).as(page + ": axe checked something").isNotEmpty();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if (BLOCKING.contains(rule.getImpact())) {
				found.add(page + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
						+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
			}
		}
		return found;
	}

	private WebElement focused() {
		return browser.switchTo().activeElement();
	}

	private void assertFocusIsVisible(WebElement element) {
		Object visible = ((JavascriptExecutor) browser).executeScript("""
				var e = arguments[0], s = getComputedStyle(e);
				var outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
				var r = e.getBoundingClientRect();
				return e.matches(':focus-visible') && (outlined || s.boxShadow !== 'none')
				    && r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0;
				""", element);
		assertThat(visible).as("visible focus on " + describe(element)).isEqualTo(true);
	}

	private static String describe(WebElement element) {
		String tag = element.getTagName();
		return switch (tag) {
			case "a" -> "a " + element.getDomAttribute("href");
			case "input" -> "input " + element.getDomAttribute("name");
			case "button" -> "button " + element.getDomAttribute("type");
			default -> tag + " " + element.getDomAttribute("id");
		};
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
