package eu.lac.alliance.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * The portal speaks the browser's language (English, Spanish or Portuguese, else
 * English), switches with {@code ?lang=}, and remembers the switch in a cookie on the
 * next request, whatever the browser asks for then.
 */
@PortalTest
class LanguageTest {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	TestAccounts accounts;

	@Test
	void theLanguageFollowsTheBrowsersAcceptLanguage() {
		assertSpeaks(new PortalClient(port).from("10.7.2.1").speaking("es-CO,es;q=0.9,en;q=0.5").get("/login"), "es");
		assertSpeaks(new PortalClient(port).from("10.7.2.1").speaking("pt-BR").get("/login"), "pt");
		assertSpeaks(new PortalClient(port).from("10.7.2.1").speaking("en-GB").get("/login"), "en");
	}

	@Test
	void aLanguageThePortalDoesNotSpeakFallsBackToEnglish() {
		assertSpeaks(new PortalClient(port).from("10.7.2.2").speaking("de-DE").get("/login"), "en");
	}

	@Test
	void langSwitchesTheLanguageAndACookieRemembersItOnTheNextRequest() {
		PortalClient browser = new PortalClient(port).from("10.7.2.3").speaking("es");
		assertSpeaks(browser.get("/login"), "es");

		HttpResponse<String> switched = browser.get("/login?lang=pt");
		assertSpeaks(switched, "pt");
		assertThat(switched.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("alliance-lang="));

		assertSpeaks(browser.get("/login"), "pt");
	}

	@Test
	void theRememberedLanguageHoldsAcrossSignInOnEveryPage() {
		PortalClient browser = new PortalClient(port).from("10.7.2.4").speaking("en");
		browser.get("/login?lang=es");
		assertThat(browser.signIn(accounts.focalPoint("CL"), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);

		Document home = Jsoup.parse(browser.get("/").body());
		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(home.select("nav a[href=/account/password], a[href=/account/password]").text())
			.isEqualTo(message("nav.password", "es"));
	}

	@Test
	void theLanguageLinksKeepThePageAndItsQuery() {
		PortalClient browser = new PortalClient(port).from("10.7.2.5").speaking("en");
		assertThat(browser.signIn(accounts.secretariat(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);

		Document list = Jsoup.parse(browser.get("/action-items?q=cyber&lang=en&page=1").body());
		assertThat(list.select("nav.languages a").eachAttr("href")).containsExactly("?q=cyber&page=1&lang=en",
				"?q=cyber&page=1&lang=es", "?q=cyber&page=1&lang=pt");
	}

	private void assertSpeaks(HttpResponse<String> response, String language) {
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(page.selectFirst("h1").text()).isEqualTo(message("login.heading", language));
		assertThat(page.selectFirst("label[for=password]").text()).isEqualTo(message("login.password", language));
	}

	private String message(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

}
