package eu.lac.alliance.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.PortalPages;
import eu.lac.alliance.web.testing.PortalPages.Page;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * Every page of {@link PortalPages} is sent with a Content-Security-Policy that allows no
 * inline script or style, {@code X-Content-Type-Options: nosniff} and a refusal to be
 * framed; and no request a person can make, however malformed, ends in a server error, a
 * stack trace or an exception's name.
 */
@PortalTest
class SecurityHeadersTest {

	/** What a leaked exception looks like on a page. */
	private static final Pattern LEAK = Pattern.compile(
			"Exception|Throwable|\\bat [a-z]+\\.[a-zA-Z0-9_.$]+\\(|java\\.|jakarta\\.|org\\.springframework|eu\\.lac\\.alliance|"
					+ "org\\.hibernate|org\\.postgresql|Whitelabel|SQLState|stack ?trace",
			Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageForbidsInlineScriptAndStyleSniffingAndFraming() {
		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.3.1");
		SoftAssertions softly = new SoftAssertions();
		for (Page page : PortalPages.PAGES) {
			assertHardened(softly, secretariat.get(PortalPages.resolve(page, jdbc)), page.name());
		}
		PortalClient admin = new PortalClient(port).from("10.7.3.5");
		admin.signIn("admin", PortalTest.ADMIN_PASSWORD);
		for (Page page : PortalPages.ADMIN_PAGES) {
			assertHardened(softly, admin.get(PortalPages.resolve(page, jdbc)), page.name());
		}
		PortalClient anonymous = new PortalClient(port).from("10.7.3.2");
		for (Page page : PortalPages.PUBLIC_PAGES) {
			assertHardened(softly, anonymous.get(page.path()), page.name());
		}
		assertHardened(softly, secretariat.get("/no/such/page"), "404 page");
		softly.assertAll();
	}

	@Test
	void noErrorPageShowsAStackTraceOrAnExceptionName() {
		PortalClient secretariat = signedIn(accounts.secretariat(), "10.7.3.3");
		PortalClient focalPoint = signedIn(accounts.focalPoint("CL"), "10.7.3.4");
		SoftAssertions softly = new SoftAssertions();
		for (String path : PortalPages.BAD_REQUESTS) {
			for (PortalClient client : new PortalClient[] { secretariat, focalPoint }) {
				HttpResponse<String> response = client.get(path);
				// a page may also answer a bad parameter with a message of its own (200);
				// never with a server error
				softly.assertThat(response.statusCode()).as(path).isLessThan(500);
				softly.assertThat(response.body()).as(path).doesNotContainPattern(LEAK);
			}
		}
		// a form posted without its CSRF token, and a post where only GET is served
		HttpResponse<String> noToken = secretariat.post("/account/password", Map.of("currentPassword", "x"));
		softly.assertThat(noToken.statusCode()).isEqualTo(403);
		softly.assertThat(noToken.body()).doesNotContainPattern(LEAK);
		HttpResponse<String> wrongMethod = secretariat.submit("/account/password", "/", Map.of());
		softly.assertThat(wrongMethod.statusCode()).isBetween(400, 499);
		softly.assertThat(wrongMethod.body()).doesNotContainPattern(LEAK);
		softly.assertAll();
	}

	@Test
	void theLeakPatternRecognisesAStackTrace() {
		assertThat("java.lang.IllegalStateException: boom\n\tat eu.lac.alliance.web.Foo.bar(Foo.java:12)")
			.containsPattern(LEAK);
		assertThat("Page not found. Back to the home page.").doesNotContainPattern(LEAK);
	}

	private static void assertHardened(SoftAssertions softly, HttpResponse<String> response, String page) {
		String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
		softly.assertThat(policy)
			.as(page + ": CSP")
			.contains("script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
		softly.assertThat(policy).as(page + ": CSP").doesNotContain("unsafe-inline", "unsafe-eval", "*");
		softly.assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
		softly.assertThat(response.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
		softly.assertThat(response.body())
			.as(page + ": inline script or style")
			.doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle=\"|\\son[a-z]+=\"");
	}

	private PortalClient signedIn(String username, String address) {
		PortalClient client = new PortalClient(port).from(address);
		assertThat(client.signIn(username, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

}
