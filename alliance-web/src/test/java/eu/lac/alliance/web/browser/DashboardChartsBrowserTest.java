package eu.lac.alliance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.boot.test.web.server.LocalServerPort;

import eu.lac.alliance.web.PortalTest;

/**
 * The dashboard's charts in real Chromium under the portal's Content-Security-Policy:
 * each is drawn by Chart.js from the WebJar and shows exactly the figures of the table
 * beside it.
 */
@PortalTest
class DashboardChartsBrowserTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startChromium() {
		Path chromium = Path.of(System.getProperty("alliance.chromium", "/usr/bin/chromium"));
		Path driver = Path.of(System.getProperty("alliance.chromedriver", "/usr/bin/chromedriver"));
		if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
			throw new IllegalStateException("Browser tests need Chromium and chromedriver (apt-get install chromium "
					+ "chromium-driver); looked for " + chromium + " and " + driver);
		}
		ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void eachChartIsDrawnFromTheFiguresOfItsTable() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(PortalTest.ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		browser.get("http://localhost:" + port + "/");

		assertThat(browser.findElements(By.cssSelector(".chart canvas"))).hasSize(3);
		JavascriptExecutor js = (JavascriptExecutor) browser;
		@SuppressWarnings("unchecked")
		List<Object> drawn = (List<Object>) js.executeScript(
				"return Chart.getChart(document.querySelector('#areas .chart canvas')).data.datasets[0].data;");
		List<WebElement> rows = browser.findElements(By.cssSelector("#areas-table tbody tr"));
		assertThat(drawn).hasSize(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			String complete = rows.get(i).findElements(By.tagName("td")).get(1).getText();
			assertThat(((Number) drawn.get(i)).intValue()).isEqualTo(Integer.parseInt(complete));
		}
		@SuppressWarnings("unchecked")
		List<Object> overall = (List<Object>) js
			.executeScript("return Chart.getChart(document.querySelector('#overall .chart canvas')).data.labels;");
		assertThat(overall).contains("Complete", "No report");
	}

}
