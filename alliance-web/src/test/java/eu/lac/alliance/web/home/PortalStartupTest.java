package eu.lac.alliance.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.web.PortalTest;

@PortalTest
class PortalStartupTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

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
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("id=\"dialogue-count\">4<")
			.contains("id=\"member-count\">51<")
			.contains("EU-CELAC Summit 2025")
			.contains("Santa Marta");
	}

	@Test
	void anUnknownAddressGivesTheNotFoundPageWithoutAStackTrace() throws Exception {
		HttpResponse<String> missing = get("/no/such/page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void theFrontPageSpeaksSpanishAndPortuguese() throws Exception {
		assertThat(get("/", "es").body()).contains("Diálogos").contains("Miembros de la Alianza");
		assertThat(get("/", "pt").body()).contains("Diálogos").contains("Membros da Aliança");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "en");
	}

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", language)
			.header("Accept", "text/html")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
