package eu.lac.alliance.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * Logging, validating, returning and correcting through the real pages, checked in what
 * the pages show and what the database stores.
 */
@PortalTest
@TestPropertySource(properties = ProgressPagesTest.OWN_DATABASE)
@Import(ProgressFixtures.class)
class ProgressPagesTest {

	/**
	 * The progress tests write to the log; they share a context (and database) of their
	 * own so that other tests' figures on the seeds stay as imported.
	 */
	static final String OWN_DATABASE = "alliance.test.progress-database=own";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProgressFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private PortalClient signedIn(String username, String address) {
		PortalClient client = new PortalClient(port).from(address);
		assertThat(client.signIn(username, TestAccounts.PASSWORD).headers().firstValue("Location")).isPresent()
			.get()
			.asString()
			.doesNotContain("error");
		return client;
	}

	@Test
	void aFocalPointLogsAndSeesItPendingThenTheSecretariatValidatesAndTheMatrixShowsIt() {
		long item = fixtures.itemOf("CL", 0);
		PortalClient focal = signedIn(accounts.focalPoint("CL"), "10.7.1.1");
		Document form = Jsoup.parse(focal.get("/action-items/" + item).body());
		assertThat(form.select("#progress-form select[name=country] option").eachAttr("value")).containsExactly("CL");

		HttpResponse<String> posted = focal.submit("/action-items/" + item, "/action-items/" + item + "/progress",
				Map.of("country", "CL", "status", "SUBSTANTIAL", "date", "2025-10-01", "note", "Two workshops held",
						"evidence", "https://www.gob.cl/a\n\nhttps://www.gob.cl/b"));

		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/action-items/" + item);
		Long id = jdbc.queryForObject("select max(id) from progress_update where action_item_id = ? and "
				+ "country_code = 'CL' and note = 'Two workshops held'", Long.class, item);
		assertThat(jdbc.queryForList("select url from progress_evidence where progress_update_id = ? order by position",
				String.class, id))
			.containsExactly("https://www.gob.cl/a", "https://www.gob.cl/b");
		Document page = Jsoup.parse(focal.get("/action-items/" + item).body());
		assertThat(page.select(".progress-notice").text()).contains("awaits validation");
		assertThat(page.select("#update-" + id + " .review-state").text()).isEqualTo("Awaiting validation");

		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.1.2");
		Document reviews = Jsoup.parse(secretariat.get("/reviews").body());
		assertThat(reviews.select("#pending-" + id)).hasSize(1);
		HttpResponse<String> validated = secretariat.submit("/reviews", "/reviews",
				Map.of("update", String.valueOf(id)));
		assertThat(validated.headers().firstValue("Location").orElseThrow()).endsWith("/reviews");

		assertThat(jdbc.queryForObject(
				"select status from item_country_status where action_item_id = ? " + "and country_code = 'CL'",
				String.class, item))
			.isEqualTo("SUBSTANTIAL");
		Document after = Jsoup.parse(focal.get("/action-items/" + item).body());
		assertThat(after.select("#country-CL td").first().text()).contains("Substantial");
		assertThat(after.select("#update-" + id + " .review-state").text()).isEqualTo("Validated");
	}

	@Test
	void errorsAreShownNextToTheirFieldsAndNothingIsWritten() {
		long item = fixtures.itemOf("CL", 1);
		PortalClient focal = signedIn(accounts.focalPoint("CL"), "10.7.1.3");
		String before = fixtures.writes();

		HttpResponse<String> response = focal.submit("/action-items/" + item, "/action-items/" + item + "/progress",
				Map.of("country", "CL", "status", "BOGUS", "date", LocalDate.now().plusDays(3).toString(), "note", "x",
						"evidence", "javascript:alert(1)"));

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#status-error").text()).isEqualTo("Choose a status.");
		assertThat(page.select("#date-error").text()).isEqualTo("The date cannot be in the future.");
		assertThat(page.select("#evidence-error").text()).contains("http:// or https://");
		assertThat(page.select("textarea[name=evidence]").text()).isEqualTo("javascript:alert(1)");
		assertThat(fixtures.writes()).isEqualTo(before);
	}

	@Test
	void aFormOpenedBeforeAnotherUpdateWarnsAndRecordsOnlyWhenConfirmed() {
		long item = fixtures.itemOf("CL", 2);
		PortalClient focal = signedIn(accounts.focalPoint("CL"), "10.7.1.4");
		Document form = Jsoup.parse(focal.get("/action-items/" + item).body());
		String seen = form.select("input[name=seen]").val();
		String token = form.select("#progress-form input[name=_csrf]").val();
		long other = fixtures.pendingUpdate(item, "CL");
		int before = fixtures.count("progress_update");

		HttpResponse<String> stale = focal.post("/action-items/" + item + "/progress", Map.of("_csrf", token, "seen",
				seen, "country", "CL", "status", "LIMITED", "date", "2025-09-01", "note", "mine"));

		assertThat(stale.statusCode()).isEqualTo(200);
		Document warning = Jsoup.parse(stale.body());
		assertThat(warning.select(".stale").text()).contains("Someone logged an update");
		assertThat(warning.select("input[name=seen]").val()).isEqualTo(String.valueOf(other));
		assertThat(fixtures.count("progress_update")).isEqualTo(before);

		HttpResponse<String> confirmed = focal.post("/action-items/" + item + "/progress",
				Map.of("_csrf", token, "seen", String.valueOf(other), "country", "CL", "status", "LIMITED", "date",
						"2025-09-01", "note", "mine"));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(fixtures.count("progress_update")).isEqualTo(before + 1);

		HttpResponse<String> script = focal.post("/action-items/" + item + "/progress",
				Map.of("_csrf", token, "country", "CL", "status", "LIMITED", "date", "2025-09-01"));
		assertThat(script.statusCode()).as("a script without the hidden field is not blocked").isEqualTo(302);
	}

	@Test
	void twoReviewersOnOneUpdateGetOneDecisionAndTheSecondIsToldWhoDecided() {
		long item = fixtures.itemOf("CL", 3);
		long update = fixtures.pendingUpdate(item, "CL");
		String first = accounts.secretariat();
		PortalClient one = signedIn(first, "10.7.1.5");
		PortalClient two = signedIn(accounts.secretariat(), "10.7.1.6");

		assertThat(one.submit("/reviews", "/progress-updates/" + update + "/validate", Map.of("next", "reviews"))
			.statusCode()).isEqualTo(302);
		two.submit("/reviews", "/progress-updates/" + update + "/return",
				Map.of("comment", "Please add the agreement.", "next", "reviews"));

		assertThat(jdbc.queryForList("select reviewer from progress_review where progress_update_id = ?", String.class,
				update))
			.containsExactly(first);
		assertThat(Jsoup.parse(two.get("/reviews").body()).select(".progress-notice").text())
			.isEqualTo("Already validated by " + first + ": your decision was not recorded.");
	}

	@Test
	void aReturnedUpdateShowsItsCommentAndItsCorrectionShowsTheReviewerWhatChanged() {
		long item = fixtures.itemOf("CL", 4);
		long update = fixtures.pendingUpdate(item, "CL");
		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.1.7");
		String before = fixtures.writes();
		secretariat.submit("/reviews", "/progress-updates/" + update + "/return", Map.of("comment", " "));
		assertThat(fixtures.writes()).as("a return needs a comment").isEqualTo(before);
		secretariat.submit("/reviews", "/progress-updates/" + update + "/return",
				Map.of("comment", "Which ministry signed?"));

		PortalClient focal = signedIn(accounts.focalPoint("CL"), "10.7.1.8");
		Document page = Jsoup.parse(focal.get("/action-items/" + item).body());
		assertThat(page.select("#update-" + update + " .review-comment").text()).contains("Which ministry signed?");
		String correct = page.select("#update-" + update + " a.correct").attr("href");
		Document form = Jsoup.parse(focal.get(correct.replaceAll("#.*", "")).body());
		assertThat(form.select("select[name=status] option[selected]").val()).isEqualTo("LIMITED");
		assertThat(form.select("input[name=corrects]").val()).isEqualTo(String.valueOf(update));
		assertThat(form.select(".correcting").text()).contains("Which ministry signed?");

		focal.submit(correct.replaceAll("#.*", ""), "/action-items/" + item + "/progress",
				Map.of("country", "CL", "status", "COMPLETE", "date", "2025-10-01", "note", "fixture", "corrects",
						String.valueOf(update), "seen", form.select("input[name=seen]").val()));

		Long correction = jdbc.queryForObject("select id from progress_update where corrects_update_id = ?", Long.class,
				update);
		Document reviews = Jsoup.parse(secretariat.get("/reviews").body());
		assertThat(reviews.select("#pending-" + correction + " .changes tr.changed th").eachText())
			.containsExactly("Status");
	}

	@Test
	void anUnknownItemIsTheNotFoundPage() {
		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.1.9");
		HttpResponse<String> response = secretariat.get("/action-items/987654321");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(secretariat.get("/sources/987654321").statusCode()).isEqualTo(404);
	}

}
