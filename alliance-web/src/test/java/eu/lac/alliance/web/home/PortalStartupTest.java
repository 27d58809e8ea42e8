package eu.lac.alliance.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;

@PortalTest
class PortalStartupTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private PortalClient admin;

	private PortalClient admin() {
		if (admin == null) {
			admin = new PortalClient(port).from("192.0.2.1");
			admin.signIn("admin", PortalTest.ADMIN_PASSWORD);
		}
		return admin;
	}

	@Test
	void healthAnswersUp() throws Exception {
		HttpResponse<String> health = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void theSeedsAreImportedIntoAnEmptyDatabaseOnFirstStart() {
		assertThat(jdbc.queryForObject("select count(*) from source_document", Integer.class)).isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(*) from dialogue", Integer.class)).isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from alliance_membership", Integer.class))
			.as("24 LAC members the seeds state and the 27 EU member states by the Joint Declaration")
			.isEqualTo(51);
		assertThat(jdbc.queryForObject("select joined_year from alliance_membership where country_code = 'BO'",
				Integer.class))
			.isEqualTo(2025);
	}

	@Test
	void theFrontPageShowsTheImportedFiguresAndTheSummit() throws Exception {
		HttpResponse<String> home = admin().get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("id=\"dialogue-count\">4<")
			.contains("id=\"member-count\">"
					+ jdbc.queryForObject("select count(*) from alliance_membership", Integer.class) + "<")
			.contains("EU-CELAC Summit 2025")
			.contains("Santa Marta");
	}

	@Test
	void anUnknownAddressGivesTheNotFoundPageWithoutAStackTrace() throws Exception {
		HttpResponse<String> missing = admin().get("/no/such/page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void theFrontPageSpeaksSpanishAndPortuguese() throws Exception {
		assertThat(admin().speaking("es").get("/").body()).contains("Diálogos").contains("Miembros de la Alianza");
		assertThat(admin().speaking("pt").get("/").body()).contains("Diálogos").contains("Membros da Aliança");
		admin().speaking("en");
	}

}
