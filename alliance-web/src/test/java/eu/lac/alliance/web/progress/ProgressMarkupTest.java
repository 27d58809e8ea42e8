package eu.lac.alliance.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * A note, evidence link or comment holding a script, an event handler or a
 * {@code javascript:} link never becomes markup or a live link: on the item page, the
 * review queue and the source page.
 */
@PortalTest
@TestPropertySource(properties = ProgressPagesTest.OWN_DATABASE)
@Import(ProgressFixtures.class)
class ProgressMarkupTest {

	static final String NOTE = "<script>alert('note')</script><img src=x onerror=alert(1)> & \"quoted\"";

	static final String LINK = "https://example.org/\"onmouseover=\"alert(1)\"<script>alert(2)</script>";

	static final String COMMENT = "<b onclick=alert(3)>bold?</b><script>alert('comment')</script>";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProgressFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void userTextIsShownAsWrittenAndNeverAsMarkup() {
		long item = fixtures.itemOf("CL", 6);
		PortalClient focal = new PortalClient(port).from("10.7.4.1");
		focal.signIn(accounts.focalPoint("CL"), TestAccounts.PASSWORD);
		String before = fixtures.writes();
		HttpResponse<String> refused = focal.submit("/action-items/" + item, "/action-items/" + item + "/progress",
				Map.of("country", "CL", "status", "LIMITED", "date", "2025-10-01", "note", NOTE, "evidence",
						"javascript:alert(1)"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(fixtures.writes()).as("a javascript: link is refused").isEqualTo(before);
		assertSafe(Jsoup.parse(refused.body()));

		focal.submit("/action-items/" + item, "/action-items/" + item + "/progress",
				Map.of("country", "CL", "status", "LIMITED", "date", "2025-10-01", "note", NOTE, "evidence", LINK));
		long update = jdbc.queryForObject("select max(id) from progress_update where action_item_id = ?", Long.class,
				item);
		focal.submit("/action-items/" + item, "/progress-updates/" + update + "/comments", Map.of("comment", COMMENT));

		Document page = Jsoup.parse(focal.get("/action-items/" + item).body());
		assertSafe(page);
		assertThat(page.select("#update-" + update + " .note").first().wholeText()).isEqualTo(NOTE);
		assertThat(page.select("#update-" + update + " .evidence a").attr("href")).isEqualTo(LINK);
		assertThat(page.select("#update-" + update + " .thread li .note").text()).isEqualTo(COMMENT);

		PortalClient secretariat = new PortalClient(port).from("10.7.4.2");
		secretariat.signIn(accounts.secretariat(), TestAccounts.PASSWORD);
		Document reviews = Jsoup.parse(secretariat.get("/reviews").body());
		assertSafe(reviews);
		assertThat(reviews.select("#pending-" + update + " .note").first().wholeText()).isEqualTo(NOTE);

		Long source = jdbc.queryForObject("select source_document_id from action_item where id = ?", Long.class, item);
		if (source != null) {
			assertSafe(Jsoup.parse(secretariat.get("/sources/" + source + "?lines=1-5").body()));
		}
	}

	private static void assertSafe(Document page) {
		for (Element script : page.select("script")) {
			assertThat(script.hasAttr("src")).as("only scripts from files: " + script).isTrue();
			assertThat(script.data()).isBlank();
		}
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("event handler on " + element.tagName()).doesNotStartWith("on");
			}
		}
		for (Element link : page.select("[href], [src], [action]")) {
			for (String key : new String[] { "href", "src", "action" }) {
				assertThat(link.attr(key).strip().toLowerCase()).doesNotStartWith("javascript:");
			}
		}
		assertThat(page.select("b, img")).as("user text never becomes elements").isEmpty();
	}

}
