package eu.lac.alliance.web.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class SignInTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Test
	void everyPageButSignInAssetsAndHealthNeedsSignIn() {
		PortalClient anonymous = new PortalClient(port);
		HttpResponse<String> home = anonymous.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(anonymous.get("/no/such/page").statusCode()).isEqualTo(302);

		HttpResponse<String> login = anonymous.get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"username\"").contains("name=\"password\"").contains("name=\"_csrf\"");
		assertThat(anonymous.getAsset("/css/portal.css").statusCode()).isEqualTo(200);
		assertThat(anonymous.getAsset("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void theFirstAdminSignsInWithThePasswordFromTheEnvironmentAndGetsANewSessionKeptInPostgres() {
		PortalClient admin = new PortalClient(port).from("192.0.2.10");
		admin.get("/login");
		String before = admin.sessionCookie().orElse("none");

		HttpResponse<String> signedIn = admin.signIn("admin", PortalTest.ADMIN_PASSWORD);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(admin.sessionCookie()).isPresent().get().isNotEqualTo(before);
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'admin'",
				Integer.class))
			.isPositive();
		HttpResponse<String> home = admin.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Signed in as admin");
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessageAndRecorded() {
		String name = accounts.secretariat();
		PortalClient client = new PortalClient(port).from("192.0.2.11");

		HttpResponse<String> refused = client.signIn(name, "not the password");

		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(client.get("/login?error").body()).contains("Wrong user name or password.");
		assertThat(client.get("/").statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject(
				"select count(*) from sign_in_attempt where username = ? and not succeeded and address = '192.0.2.11'",
				Integer.class, name))
			.isEqualTo(1);
	}

	@Test
	void aSignInWithoutTheCsrfTokenIsRefused() {
		String name = accounts.secretariat();
		PortalClient client = new PortalClient(port).from("192.0.2.12");
		client.get("/login");

		HttpResponse<String> forged = client.post("/login",
				Map.of("username", name, "password", TestAccounts.PASSWORD));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(client.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void repeatedFailuresForOneAccountAreThrottledEvenWithTheRightPassword() {
		String name = accounts.focalPoint("CL");
		PortalClient client = new PortalClient(port).from("192.0.2.13");
		for (int i = 0; i < 5; i++) {
			client.signIn(name, "wrong password " + i);
		}

		HttpResponse<String> throttled = client.signIn(name, TestAccounts.PASSWORD);

		assertThat(throttled.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled"));
		assertThat(client.get("/login?throttled").body()).contains("Too many failed sign-ins");
		assertThat(client.get("/").statusCode()).isEqualTo(302);
		// another account from another address is not affected
		String other = accounts.focalPoint("CL");
		assertThat(new PortalClient(port).from("192.0.2.14")
			.signIn(other, TestAccounts.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
	}

	@Test
	void repeatedFailuresFromOneAddressAreThrottled() {
		PortalClient client = new PortalClient(port).from("198.51.100.77");
		for (int i = 0; i < 20; i++) {
			client.signIn("nobody-" + i, "wrong password");
		}
		String name = accounts.secretariat();

		HttpResponse<String> throttled = client.signIn(name, TestAccounts.PASSWORD);

		assertThat(throttled.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled"));
	}

	@Test
	void pagesCarryAContentSecurityPolicyWithoutInlineScriptOrStyle() {
		HttpResponse<String> login = new PortalClient(port).get("/login");
		String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'self'")
			.contains("script-src 'self'")
			.contains("style-src 'self'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(login.body()).doesNotContain("<script>").doesNotContain("style=\"");
	}

	@Test
	void signingOutEndsTheSession() {
		String name = accounts.secretariat();
		PortalClient client = new PortalClient(port).from("192.0.2.15");
		client.signIn(name, TestAccounts.PASSWORD);
		assertThat(client.get("/").statusCode()).isEqualTo(200);

		HttpResponse<String> out = client.submit("/", "/logout", Map.of());

		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
		assertThat(client.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void theSignInPageSpeaksSpanishAndPortuguese() {
		assertThat(new PortalClient(port).speaking("es").get("/login").body()).contains("Iniciar sesión")
			.contains("Contraseña");
		assertThat(new PortalClient(port).speaking("pt").get("/login").body()).contains("Iniciar sessão")
			.contains("Palavra-passe");
	}

}
