package eu.lac.alliance.web.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its chromedriver, headless, as the browser tests use
 * it; a missing browser fails the test with what to install (browser tests are never
 * skipped).
 */
public final class Chromium {

	private Chromium() {
	}

	/** A new headless Chromium speaking {@code language}. */
	public static WebDriver start(String language) {
		Path chromium = Path.of(System.getProperty("alliance.chromium", "/usr/bin/chromium"));
		Path driver = Path.of(System.getProperty("alliance.chromedriver", "/usr/bin/chromedriver"));
		if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
			throw new IllegalStateException("Browser tests need Chromium and chromedriver (apt-get install chromium "
					+ "chromium-driver); looked for " + chromium + " and " + driver);
		}
		ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--window-size=1280,900", "--lang=" + language);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return browser;
	}

	/**
	 * Signs in through the form at {@code baseUrl}/login and waits until the portal has
	 * answered with another page: a click does not wait for the navigation it starts, and
	 * a test that opened its next page at once could race the session cookie back to the
	 * sign-in page.
	 */
	public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
		browser.manage().deleteAllCookies();
		browser.get(baseUrl + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> !page.getCurrentUrl().contains("/login"));
	}

	/**
	 * Clicks a form's button and waits until the page it leads to has replaced this one:
	 * a click does not wait, and an element looked up at once could belong to the old
	 * page.
	 */
	public static void submit(WebDriver browser, By button) {
		clickAndWaitForTheNextPage(browser, button);
	}

	/**
	 * Follows a link and waits until the page it leads to has replaced this one, for the
	 * same reason as {@link #submit}.
	 */
	public static void follow(WebDriver browser, By link) {
		clickAndWaitForTheNextPage(browser, link);
	}

	private static void clickAndWaitForTheNextPage(WebDriver browser, By element) {
		WebElement clicked = browser.findElement(element);
		clicked.click();
		waitUntilReplaced(browser, clicked);
	}

	/**
	 * Waits until the page {@code element} belongs to has been replaced by the next one
	 * (a form sent with the keyboard, a link followed).
	 */
	public static void waitUntilReplaced(WebDriver browser, WebElement element) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> replaced(element));
	}

	/**
	 * Whether {@code element}'s page has been replaced. Asked while the next page
	 * replaces it, Chromium may answer that the node "does not belong to the document"
	 * instead of that it is stale: both mean the same here.
	 */
	private static boolean replaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

}
