package eu.lac.alliance.web.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class PasswordChangeTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void aWrongCurrentPasswordIsShownNextToItsFieldAndChangesNothing() {
		String name = accounts.secretariat();
		PortalClient client = new PortalClient(port).from("192.0.2.30");
		client.signIn(name, TestAccounts.PASSWORD);

		HttpResponse<String> refused = client.submit("/account/password", "/account/password", Map.of("currentPassword",
				"not mine at all", "newPassword", "a brand new secret", "confirmation", "a brand new secret"));

		assertThat(refused.statusCode()).isEqualTo(200);
		var page = Jsoup.parse(refused.body());
		assertThat(page.select("#currentPassword-error").text()).isEqualTo("This is not your current password.");
		assertThat(page.select("#currentPassword").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input[type=password]")).allSatisfy(input -> assertThat(input.attr("value")).isEmpty());
		assertThat(new PortalClient(port).from("192.0.2.31")
			.signIn(name, TestAccounts.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
	}

	@Test
	void aTooShortOrMismatchedNewPasswordIsRefusedNextToItsField() {
		String name = accounts.secretariat();
		PortalClient client = new PortalClient(port).from("192.0.2.32");
		client.signIn(name, TestAccounts.PASSWORD);

		var tooShort = Jsoup.parse(client
			.submit("/account/password", "/account/password",
					Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "short", "confirmation", "short"))
			.body());
		assertThat(tooShort.select("#newPassword-error").text()).contains("at least 10 characters");

		var mismatch = Jsoup.parse(client
			.submit("/account/password", "/account/password", Map.of("currentPassword", TestAccounts.PASSWORD,
					"newPassword", "long enough one", "confirmation", "long enough two"))
			.body());
		assertThat(mismatch.select("#confirmation-error").text()).isEqualTo("The two new passwords differ.");
	}

	@Test
	void theNewPasswordWorksAndTheOldOneNoLonger() {
		String name = accounts.focalPoint("BR");
		PortalClient client = new PortalClient(port).from("192.0.2.33");
		client.signIn(name, TestAccounts.PASSWORD);

		HttpResponse<String> changed = client.submit("/account/password", "/account/password", Map.of("currentPassword",
				TestAccounts.PASSWORD, "newPassword", "my new passphrase", "confirmation", "my new passphrase"));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(client.get("/").body()).contains("Your password has been changed.");
		assertThat(new PortalClient(port).from("192.0.2.34")
			.signIn(name, TestAccounts.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(new PortalClient(port).from("192.0.2.34")
			.signIn(name, "my new passphrase")
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
	}

}
