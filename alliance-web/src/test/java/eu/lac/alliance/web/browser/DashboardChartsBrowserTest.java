package eu.lac.alliance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.Chromium;

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
		browser = Chromium.start("en");
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
