package eu.lac.alliance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.importer.formats.SeedDocuments;
import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.Chromium;

/**
 * An admin imports in Debian's Chromium: uploads the Word version of a seed's forum, made
 * a new forum (so the seeds other test classes read are untouched), sees the preview,
 * fills in the place the document does not state, confirms, sees the items on the
 * dialogue's page, then reverts the import from the history and the items are gone; and
 * uploads a file in no known layout and is told so, with the ways forward.
 */
@PortalTest
@TestPropertySource(properties = { "alliance.test.imports-database=own", "spring.servlet.multipart.max-file-size=1MB" })
class ImportBrowserTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path files;

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
	void anAdminUploadsTheWordVersionOfASeedFixesThePlaceConfirmsSeesTheItemsAndRevertsIt() throws IOException {
		String seed = Files.readString(Path.of("../seeds/004_308d54a85c3d8896.txt"), StandardCharsets.UTF_8);
		Path upload = files.resolve("cloud-forum.docx");
		Files.write(upload,
				SeedDocuments.docx(seed.replace("Cybersecurity and Secure Connectivity", "Cloud Services")
					.replace("**Date**: 2024-10-23", "**Date**: 2026-11-02")
					.replace("**Location**: Madrid, Spain\n\n", "")
					.replace("took place in Madrid from October 23-25, 2024", "took place on 2026-11-02")));
		assertThat(Files.readAllBytes(upload)).as("a Word file is a ZIP archive").startsWith((byte) 'P', (byte) 'K');
		Chromium.signIn(browser, base(), "admin", PortalTest.ADMIN_PASSWORD);

		open("/admin/imports");
		browser.findElement(By.id("files")).sendKeys(upload.toString());
		Chromium.submit(browser, By.cssSelector("#upload-form button[type=submit]"));

		assertThat(browser.findElement(By.id("dialogue-title")).getText()).contains("Cloud Services");
		assertThat(browser.findElement(By.id("dialogue-place")).getText()).doesNotContain("Bogotá");
		List<String> codes = browser.findElements(By.cssSelector("ul.items li .code"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(codes).isNotEmpty();

		browser.findElement(By.id("city")).sendKeys("Bogotá");
		new Select(browser.findElement(By.id("country"))).selectByValue("CO");
		Chromium.submit(browser, By.cssSelector("#corrections-form button[type=submit]"));
		assertThat(browser.findElement(By.id("dialogue-place")).getText()).isEqualTo("Bogotá, CO");

		Chromium.submit(browser, By.cssSelector("#confirm-form button[type=submit]"));

		assertThat(browser.getCurrentUrl()).matches(".*/dialogues/[0-9]+$");
		long dialogue = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/dialogues/", ""));
		assertThat(jdbc.queryForMap("select title, city, host_country_code from dialogue where id = ?", dialogue))
			.containsEntry("city", "Bogotá")
			.containsEntry("host_country_code", "CO");
		assertThat(browser.findElements(By.cssSelector("a .code")).stream().map(WebElement::getText).toList())
			.containsAll(codes);
		assertThat(jdbc.queryForList("select code from action_item where dialogue_id = ?", String.class, dialogue))
			.containsExactlyInAnyOrderElementsOf(codes);
		long run = jdbc.queryForObject("select id from import_run where file_name = 'cloud-forum.docx'", Long.class);
		assertThat(jdbc.queryForObject("select layout from import_run where id = ?", String.class, run))
			.isEqualTo("forum-summary");

		open("/admin/imports/history");
		Chromium.submit(browser, By.cssSelector("#run-" + run + " form.revert button[type=submit]"));

		assertThat(browser.findElement(By.cssSelector("#run-" + run + " .reverted")).getText())
			.startsWith("Reverted by admin");
		assertThat(jdbc.queryForObject("select count(*) from action_item where dialogue_id = ?", Long.class, dialogue))
			.as("the reverted import's items are gone")
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from dialogue where id = ?", Long.class, dialogue)).isZero();
		open("/dialogues/" + dialogue);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(browser.findElements(By.cssSelector("a .code"))).isEmpty();
	}

	@Test
	void aFileInNoKnownLayoutIsNamedWithTheWaysForward() throws IOException {
		Path upload = files.resolve("minutes-of-the-coffee-club.txt");
		Files.writeString(upload, "Minutes of the coffee club\n\nWe agreed to buy more beans.\n");
		long previews = jdbc.queryForObject("select count(*) from import_preview", Long.class);
		Chromium.signIn(browser, base(), "admin", PortalTest.ADMIN_PASSWORD);

		open("/admin/imports");
		browser.findElement(By.id("files")).sendKeys(upload.toString());
		Chromium.submit(browser, By.cssSelector("#upload-form button[type=submit]"));

		assertThat(browser.findElement(By.cssSelector(".refusals li[data-kind=UNKNOWN_LAYOUT] strong")).getText())
			.startsWith("minutes-of-the-coffee-club.txt: layout not recognised.");
		assertThat(browser.findElements(By.cssSelector("#ways-forward a"))
			.stream()
			.map(a -> a.getAttribute("href").replace(base(), ""))
			.toList()).containsExactly("/admin/imports/template.csv", "/admin/imports/template.xlsx", "/dialogues/new");
		assertThat(jdbc.queryForObject("select count(*) from import_preview", Long.class)).isEqualTo(previews);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private void open(String path) {
		browser.get(base() + path);
	}

}
