package eu.lac.alliance.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.country.CountriesTakingPart;
import eu.lac.alliance.web.testing.PortalClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile: a secretariat and one focal point per country taking part. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "alliance.seeds.directory=../seeds", "alliance.seeds.import-on-empty=true",
				"alliance.demo.password=" + DemoProfileTest.DEMO_PASSWORD,
				"alliance.admin.password=demo-admin-secret" })
@ActiveProfiles("demo")
class DemoProfileTest {

	static final String DEMO_PASSWORD = "demo-only-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CountriesTakingPart countriesTakingPart;

	@Test
	void everyCountryTakingPartHasAFocalPointAndTheSecretariatAnAccount() {
		var codes = countriesTakingPart.codes();
		assertThat(codes).contains("CL", "BR", "DO", "ES");
		assertThat(
				jdbc.queryForList("select lower(country_code) from account where role = 'FOCAL_POINT'", String.class))
			.containsExactlyInAnyOrderElementsOf(codes.stream().map(String::toLowerCase).toList());
		assertThat(jdbc.queryForObject("select country_code from account where username = 'focal-cl'", String.class))
			.isEqualTo("CL");
		assertThat(jdbc.queryForObject("select role from account where username = 'secretariat'", String.class))
			.isEqualTo("SECRETARIAT");
	}

	@Test
	void aDemoAccountSignsInWithTheDemoPassword() {
		var client = new PortalClient(port).from("192.0.2.40");
		assertThat(client.signIn("focal-cl", DEMO_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
		assertThat(client.get("/").body()).contains("Signed in as focal-cl");
	}

}
