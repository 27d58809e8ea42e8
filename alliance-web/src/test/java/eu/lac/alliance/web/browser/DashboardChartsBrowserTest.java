package eu.lac.alliance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.Chromium;
import eu.lac.alliance.web.testing.ChromiumExtension;

/**
 * The dashboard's charts in real Chromium under the portal's Content-Security-Policy:
 * each is drawn by Chart.js from the WebJar and shows exactly the figures of the table
 * beside it.
 */
@PortalTest
class DashboardChartsBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = ChromiumExtension.speaking("en");

	private WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeEach
	void theClassesChromium() {
		browser = chromium.browser();
	}

	@Test
	void eachChartIsDrawnFromTheFiguresOfItsTable() {
		Chromium.signIn(browser, "http://localhost:" + port, "admin", PortalTest.ADMIN_PASSWORD);
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
