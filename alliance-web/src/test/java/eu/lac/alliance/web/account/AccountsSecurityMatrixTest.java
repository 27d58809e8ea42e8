package eu.lac.alliance.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.progress.ProgressFixtures;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * Every write endpoint of the account pages, and the admin pages that read, for every
 * kind of visitor, with and without the CSRF token: only an admin with the token changes
 * anything, counted in every row of {@code account} and in the account events of the
 * audit trail. Shares the accounts tests' database.
 */
@PortalTest
@TestPropertySource(properties = AccountsPagesTest.OWN_DATABASE)
@Import(ProgressFixtures.class)
class AccountsSecurityMatrixTest {

	enum Visitor {

		ANONYMOUS, FOCAL_POINT, SECRETARIAT, ADMIN

	}

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<Visitor, PortalClient> clients = new EnumMap<>(Visitor.class);

	private int created = 0;

	@Test
	void onlyAnAdminWithTheTokenChangesAnAccount() {
		long target = idOf(accounts.focalPoint("CL"));
		List<String> combinations = new ArrayList<>();
		SoftAssertions softly = new SoftAssertions();
		for (boolean csrf : new boolean[] { false, true }) {
			for (Visitor visitor : Visitor.values()) {
				attempt(softly, combinations, visitor, csrf, "create", id -> "/admin/accounts", id -> Map.of("username",
						"matrix-" + (++created), "role", "SECRETARIAT", "country", "", "password", ""), target);
				attempt(softly, combinations, visitor, csrf, "disable", id -> "/admin/accounts/" + id + "/disable",
						id -> Map.of(), target);
				attempt(softly, combinations, visitor, csrf, "enable", id -> "/admin/accounts/" + id + "/enable",
						id -> Map.of(), target);
				attempt(softly, combinations, visitor, csrf, "change role", id -> "/admin/accounts/" + id + "/role",
						id -> Map.of("role", "FOCAL_POINT", "country", countryOf(id).equals("CL") ? "BR" : "CL"),
						target);
				attempt(softly, combinations, visitor, csrf, "reset password",
						id -> "/admin/accounts/" + id + "/password", id -> Map.of("password", ""), target);
				attempt(softly, combinations, visitor, csrf, "hand over", id -> "/admin/accounts/" + id + "/hand-over",
						id -> Map.of("successor", "matrix-successor-" + (++created), "password", ""),
						idOf(accounts.focalPoint("CL")));
			}
		}
		softly.assertAll();
		assertThat(combinations).hasSize(2 * Visitor.values().length * 6);
	}

	@Test
	void onlyAnAdminReadsTheAccountsAndTheAuditTrail() {
		long target = idOf(accounts.focalPoint("CL"));
		SoftAssertions softly = new SoftAssertions();
		for (String path : List.of("/admin/accounts", "/admin/accounts/new", "/admin/accounts/" + target,
				"/admin/audit", "/admin/audit.csv", "/admin/audit?kind=SIGN_IN_FAILED")) {
			for (Visitor visitor : Visitor.values()) {
				HttpResponse<String> response = client(visitor).get(path);
				if (visitor == Visitor.ADMIN) {
					softly.assertThat(response.statusCode()).as("%s by %s", path, visitor).isEqualTo(200);
				}
				else if (visitor == Visitor.ANONYMOUS) {
					softly.assertThat(response.statusCode()).as("%s by %s", path, visitor).isEqualTo(302);
					softly.assertThat(response.headers().firstValue("Location").orElse(""))
						.as("%s by %s", path, visitor)
						.contains("/login");
				}
				else {
					softly.assertThat(response.statusCode()).as("%s by %s", path, visitor).isEqualTo(403);
					softly.assertThat(response.body()).as("%s by %s", path, visitor).doesNotContain("matrix-");
				}
			}
		}
		softly.assertAll();
	}

	private void attempt(SoftAssertions softly, List<String> combinations, Visitor visitor, boolean csrf, String action,
			Function<Long, String> path, Function<Long, Map<String, String>> fields, long target) {
		PortalClient client = client(visitor);
		String before = writes();
		String tokenPage = visitor == Visitor.ANONYMOUS ? "/login" : "/account/password";
		HttpResponse<String> response = csrf ? client.submit(tokenPage, path.apply(target), fields.apply(target))
				: client.post(path.apply(target), fields.apply(target));
		boolean allowed = csrf && visitor == Visitor.ADMIN;
		String combination = action + " by " + visitor + (csrf ? " with" : " without") + " the token";
		combinations.add(combination);
		softly.assertThat(!writes().equals(before))
			.as("%s writes (status %d)", combination, response.statusCode())
			.isEqualTo(allowed);
		if (allowed) {
			softly.assertThat(response.statusCode()).as(combination).isIn(200, 302);
		}
		else if (visitor == Visitor.ANONYMOUS) {
			softly.assertThat(response.statusCode()).as(combination).isIn(302, 403);
		}
		else {
			softly.assertThat(response.statusCode()).as(combination).isEqualTo(403);
			softly.assertThat(response.body()).as(combination).contains("Not allowed").doesNotContain("Exception");
		}
	}

	private PortalClient client(Visitor visitor) {
		return clients.computeIfAbsent(visitor, v -> {
			PortalClient client = new PortalClient(port).from("10.8.3." + (v.ordinal() + 1));
			String username = switch (v) {
				case ANONYMOUS -> null;
				case FOCAL_POINT -> accounts.focalPoint("CL");
				case SECRETARIAT -> accounts.secretariat();
				case ADMIN -> "admin";
			};
			if (username != null) {
				String password = v == Visitor.ADMIN ? PortalTest.ADMIN_PASSWORD : TestAccounts.PASSWORD;
				assertThat(client.signIn(username, password).headers().firstValue("Location").orElseThrow())
					.doesNotContain("error");
			}
			return client;
		});
	}

	/** Every account as stored, and the account events of the trail, as one text. */
	private String writes() {
		return jdbc.queryForObject("""
				select (select string_agg(id || username || role || coalesce(country_code, '') || enabled
				                          || must_change_password || password_hash, ',' order by id) from account)
				       || '/' || (select count(*) from audit_event
				                  where kind like 'ACCOUNT_%' or kind like 'PASSWORD_%')""", String.class);
	}

	private long idOf(String username) {
		return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private String countryOf(long id) {
		return jdbc.queryForObject("select country_code from account where id = ?", String.class, id);
	}

}
