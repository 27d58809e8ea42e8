package eu.lac.alliance.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.lac.alliance.persistence.generator.SyntheticData;
import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.PortalPages;
import eu.lac.alliance.web.testing.PortalPages.Page;
import eu.lac.alliance.web.testing.StatementCounting;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * Every page runs a fixed number of SQL statements whatever the data size: each page of
 * {@link PortalPages}, as the secretariat and as a focal point of Chile (the admin pages
 * as the first admin), is counted on the seeds, then on 50 times the seeds with about 20
 * updates per item, and the two counts must be equal. Its own context (the counting
 * configuration), since it multiplies its data.
 */
@PortalTest
@Import(StatementCounting.class)
class StatementCountTest {

	private static final int TIMES = 50;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SyntheticData synthetic;

	@Test
	void everyPageRunsAsManyStatementsOnFiftyTimesTheSeedsAsOnTheSeeds() throws java.io.IOException {
		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.1.1");
		PortalClient focalPoint = signedIn(accounts.focalPoint("CL"), "10.7.1.2");
		PortalClient admin = new PortalClient(port).from("10.7.1.4");
		assertThat(admin.signIn("admin", PortalTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		assertThat(admin.upload("/admin/imports", "/admin/imports", "files",
				List.of(new PortalClient.FilePart("forum.md", "text/markdown",
						Files.readString(Path.of("../seeds/004_308d54a85c3d8896.txt"))
							.replace("Cybersecurity and Secure Connectivity", "Counting")
							.replace("2024-10-23", "2026-02-02")
							.getBytes(StandardCharsets.UTF_8))),
				true)
			.statusCode()).isEqualTo(302);
		long seedItems = count("action_item");
		long seedDialogues = count("dialogue");

		Map<String, Integer> onSeeds = countAll(secretariat, focalPoint, admin);

		SyntheticData.Generated generated = synthetic.generate(TIMES, 7);
		assertThat(generated.dialogues()).isEqualTo(TIMES * seedDialogues);
		assertThat(generated.actionItems()).isEqualTo(TIMES * seedItems);
		assertThat(generated.progressUpdates()).isGreaterThan(15 * TIMES * seedItems);
		assertThat(generated.validated()).isGreaterThan(generated.pending() + generated.returned());
		assertThat(generated.pending()).isPositive();
		assertThat(generated.returned()).isPositive();
		assertThat(count("item_country_status")).as("current status rebuilt")
			.isEqualTo(generated.currentStatuses())
			.isGreaterThan(TIMES * seedItems);

		Map<String, Integer> atScale = countAll(secretariat, focalPoint, admin);

		List<String> table = new ArrayList<>();
		table.add(String.format("%-58s %6s %6s", "page (who)", "seeds", TIMES + "x"));
		onSeeds.forEach((page, seeds) -> table.add(String.format("%-58s %6d %6d", page, seeds, atScale.get(page))));
		System.out.println("Statements per page\n" + String.join("\n", table));
		assertThat(atScale).as(String.join("\n", table)).isEqualTo(onSeeds);
		assertThat(onSeeds.values()).as("every page reads the database").allMatch(n -> n > 0);
	}

	private Map<String, Integer> countAll(PortalClient secretariat, PortalClient focalPoint, PortalClient admin) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Page page : PortalPages.IMPORT_PAGES) {
			countOf(counts, page.name() + " (admin)", admin, page, 200);
		}
		for (Page page : PortalPages.PAGES) {
			countOf(counts, page.name() + " (secretariat)", secretariat, page, 200);
			countOf(counts, page.name() + " (focal point)", focalPoint, page, page.secretariatOnly() ? 403 : 200);
		}
		for (Page page : PortalPages.ADMIN_PAGES) {
			countOf(counts, page.name() + " (admin)", admin, page, 200);
		}
		PortalClient anonymous = new PortalClient(port).from("10.7.1.3");
		for (Page page : PortalPages.PUBLIC_PAGES) {
			countOf(counts, page.name() + " (anonymous)", anonymous, page, 200);
		}
		return counts;
	}

	/**
	 * Counts a page twice: its first request after the data changed, which reads what the
	 * portal keeps per version of the data (the dashboard's and the item list's bodies,
	 * item pages), and the next one, which every later request repeats while nothing
	 * changes. Both must be the same on the seeds and at 50 times the seeds.
	 */
	private void countOf(Map<String, Integer> counts, String name, PortalClient client, Page page, int expectedStatus) {
		String path = PortalPages.resolve(page, jdbc);
		counts.put(name + ", first", StatementCounting.countOf(path,
				() -> assertThat(client.get(path).statusCode()).as(path).isEqualTo(expectedStatus)));
		counts.put(name, StatementCounting.countOf(path,
				() -> assertThat(client.get(path).statusCode()).as(path).isEqualTo(expectedStatus)));
	}

	private PortalClient signedIn(String username, String address) {
		PortalClient client = new PortalClient(port).from(address);
		assertThat(client.signIn(username, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		// the first page with a form after signing in stores the session's new CSRF token
		// (one more statement): a page that keeps nothing takes it, not the first page
		// counted
		assertThat(client.get("/account/password").statusCode()).isEqualTo(200);
		return client;
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
