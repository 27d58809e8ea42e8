package eu.lac.alliance.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ProgressReport;
import eu.lac.alliance.domain.progress.ProgressWorkflow;
import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.progress.ProgressFixtures;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * What admins do on the account pages, end to end over HTTP, checked in what the database
 * stores: a new account must choose its password, a disabled account loses its session
 * and cannot sign in, a reset forces a new password, a hand-over keeps the history, the
 * last admin stays, and each change, sign-in and password change is in the audit trail.
 * Its own database, since it disables admins.
 */
@PortalTest
@TestPropertySource(properties = AccountsPagesTest.OWN_DATABASE)
@Import(ProgressFixtures.class)
class AccountsPagesTest {

	static final String OWN_DATABASE = "alliance.test.accounts-database=own";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgressFixtures fixtures;

	@Autowired
	ProgressWorkflow workflow;

	private int address = 1;

	@Test
	void aNewFocalPointMustChooseItsOwnPasswordBeforeAnythingElse() {
		PortalClient admin = signedIn(accounts.admin());

		HttpResponse<String> created = admin.submit("/admin/accounts/new", "/admin/accounts",
				Map.of("username", "Focal-UY-New", "role", "FOCAL_POINT", "country", "UY", "password", ""));

		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		String password = Jsoup.parse(created.body()).select(".one-time-password").text();
		assertThat(password).hasSize(24);
		assertThat(jdbc.queryForMap("select role, country_code, enabled, must_change_password from account "
				+ "where username = 'focal-uy-new'"))
			.containsEntry("role", "FOCAL_POINT")
			.containsEntry("country_code", "UY")
			.containsEntry("enabled", true)
			.containsEntry("must_change_password", true);

		PortalClient newcomer = client();
		assertThat(newcomer.signIn("focal-uy-new", password).statusCode()).isEqualTo(302);
		assertThat(newcomer.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
		assertThat(newcomer.get("/action-items").headers().firstValue("Location").orElseThrow())
			.endsWith("/account/password");
		assertThat(newcomer.submit("/account/password", "/action-items/1/join", Map.of()).statusCode())
			.as("no other write before the password is chosen")
			.isEqualTo(403);
		HttpResponse<String> changed = newcomer.submit("/account/password", "/account/password",
				Map.of("currentPassword", password, "newPassword", "my own good password", "confirmation",
						"my own good password"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(newcomer.get("/").statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select must_change_password from account where username = 'focal-uy-new'",
				Boolean.class))
			.isFalse();
		assertThat(kindsFor("focal-uy-new")).containsExactly("SIGN_IN_SUCCEEDED", "PASSWORD_CHANGED");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'ACCOUNT_CREATED' and after_state ->> 'username' = ?",
				Long.class, "focal-uy-new"))
			.isOne();
	}

	@Test
	void aDisabledAccountLosesItsSessionAndCannotSignInUntilEnabled() {
		String focal = accounts.focalPoint("PE");
		long id = idOf(focal);
		PortalClient focalPoint = signedIn(focal);
		assertThat(focalPoint.get("/").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(focal)).isOne();
		String adminAddress = "10.8.1." + address;
		PortalClient admin = signedIn(accounts.admin());

		HttpResponse<String> disabled = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/disable",
				Map.of());

		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(sessionsOf(focal)).isZero();
		assertThat(focalPoint.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
		assertThat(client().signIn(focal, TestAccounts.PASSWORD).headers().firstValue("Location").orElseThrow())
			.contains("/login?error");
		assertThat(jdbc.queryForObject(
				"select summary from audit_event where actor = ? and kind = 'SIGN_IN_FAILED' order by id desc limit 1",
				String.class, focal))
			.contains("disabled");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'ACCOUNT_DISABLED' and subject_id = ? and address = ?",
				Long.class, id, adminAddress))
			.as("recorded with the admin's address")
			.isOne();

		admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/enable", Map.of());
		assertThat(client().signIn(focal, TestAccounts.PASSWORD).headers().firstValue("Location").orElseThrow())
			.doesNotContain("error");
	}

	@Test
	void aResetEndsTheSessionsAndTheUserMustChooseANewPassword() {
		String secretariat = accounts.secretariat();
		long id = idOf(secretariat);
		PortalClient user = signedIn(secretariat);
		PortalClient admin = signedIn(accounts.admin());

		HttpResponse<String> reset = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/password",
				Map.of("password", "the admin's one-time"));

		assertThat(reset.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(reset.body()).select(".one-time-password")).as("a typed password is not shown")
			.isEmpty();
		assertThat(user.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
		assertThat(client().signIn(secretariat, TestAccounts.PASSWORD).headers().firstValue("Location").orElseThrow())
			.contains("error");
		PortalClient again = client();
		again.signIn(secretariat, "the admin's one-time");
		assertThat(again.get("/reviews").headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'PASSWORD_RESET' and subject_id = ?", Long.class, id))
			.isOne();
	}

	@Test
	void aHandOverDisablesTheLeavingFocalPointAndItsReportsKeepItsName() {
		String leaving = accounts.focalPoint("CL");
		long id = idOf(leaving);
		long item = fixtures.itemOf("CL", 3);
		workflow.log(new Actor(leaving, Role.FOCAL_POINT, "CL"), item, "CL", new ProgressReport(
				CompletionStatus.LIMITED, LocalDate.of(2025, 9, 1), "before the hand-over", List.of()), null);
		PortalClient admin = signedIn(accounts.admin());
		String successor = "cl-successor-" + id;

		HttpResponse<String> handedOver = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/hand-over",
				Map.of("successor", successor, "password", ""));

		assertThat(handedOver.statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForList(
				"select username || ' ' || enabled from account where username in (?, ?) " + "order by id",
				String.class, leaving, successor))
			.containsExactly(leaving + " false", successor + " true");
		assertThat(jdbc.queryForObject("select author from progress_update where action_item_id = ? and note = ?",
				String.class, item, "before the hand-over"))
			.isEqualTo(leaving);
		assertThat(signedIn(accounts.secretariat()).get("/action-items/" + item).body()).contains(leaving);
	}

	@Test
	void theLastEnabledAdminCannotDisableItselfAndTheFormSaysWhy() {
		String last = accounts.admin();
		long id = idOf(last);
		PortalClient admin = signedIn(last);
		List<String> others = jdbc.queryForList(
				"select username from account where role = 'ADMIN' and enabled and username <> ?", String.class, last);
		jdbc.update("update account set enabled = false where role = 'ADMIN' and username <> ?", last);
		try {
			HttpResponse<String> refused = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/disable",
					Map.of());
			HttpResponse<String> demoted = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/role",
					Map.of("role", "SECRETARIAT", "country", ""));

			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).contains("without an enabled admin");
			assertThat(demoted.statusCode()).isEqualTo(422);
			assertThat(Jsoup.parse(demoted.body()).select("#role .error").text()).contains("without an enabled admin");
			assertThat(jdbc.queryForObject("select role || ' ' || enabled from account where id = ?", String.class, id))
				.isEqualTo("ADMIN true");
		}
		finally {
			for (String other : others) {
				jdbc.update("update account set enabled = true where username = ?", other);
			}
		}
	}

	@Test
	void theSecretariatSeesWhichCountriesTakingPartHaveNoFocalPointButNotTheAccounts() {
		String member = jdbc.queryForObject("select max(country_code) from alliance_membership", String.class);
		jdbc.update("update account set enabled = false where country_code = ? and role = 'FOCAL_POINT'", member);
		String covered = accounts.focalPoint("CL");
		PortalClient secretariat = signedIn(accounts.secretariat());

		Document page = Jsoup.parse(secretariat.get("/focal-points").body());

		assertThat(page.select("ul.uncovered li").eachText()).anyMatch(text -> text.contains("(" + member + ")"))
			.noneMatch(text -> text.contains("(CL)"));
		assertThat(page.select("table.coverage").text()).contains(covered);
		assertThat(secretariat.get("/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(signedIn(accounts.focalPoint("CL")).get("/focal-points").statusCode()).isEqualTo(403);
	}

	@Test
	void theAccountListComesFiftyToAPageWithTheFiltersKept() {
		// 60 disabled focal points of Mexico (disabled: no country's coverage changes)
		jdbc.update("""
				insert into account (username, password_hash, role, country_code, enabled)
				select 'paging-mx-' || lpad(g::text, 2, '0'), '{noop}unused password', 'FOCAL_POINT', 'MX', false
				from generate_series(1, 60) g""");
		int mexican = jdbc.queryForObject(
				"select count(*) from account where country_code = 'MX' and role = 'FOCAL_POINT'", Integer.class);
		PortalClient admin = signedIn("admin");

		Document first = Jsoup.parse(admin.get("/admin/accounts?country=mx&role=FOCAL_POINT").body());
		String next = first.select("nav.pagination a[rel=next]").attr("href");
		Document second = Jsoup.parse(admin.get(next).body());
		Document all = Jsoup.parse(admin.get("/admin/accounts").body());

		assertThat(next).isEqualTo("/admin/accounts?country=MX&role=FOCAL_POINT&page=2");
		assertThat(usernames(first)).hasSize(50).isSorted();
		assertThat(usernames(second)).hasSize(mexican - 50).doesNotContainAnyElementsOf(usernames(first));
		assertThat(first.select("table.accounts caption").text()).contains(String.valueOf(mexican));
		assertThat(usernames(all)).hasSize(50);
		assertThat(all.select("table.accounts caption").text())
			.contains(String.valueOf(jdbc.queryForObject("select count(*) from account", Integer.class)));
	}

	private static List<String> usernames(Document page) {
		return page.select("table.accounts tbody tr td:first-child").eachText();
	}

	private List<String> kindsFor(String actor) {
		return jdbc.queryForList("select kind from audit_event where actor = ? order by id", String.class, actor);
	}

	private long idOf(String username) {
		return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private long sessionsOf(String username) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				username);
	}

	private PortalClient client() {
		return new PortalClient(port).from("10.8.1." + address++);
	}

	private PortalClient signedIn(String username) {
		PortalClient client = client();
		String password = username.equals("admin") ? PortalTest.ADMIN_PASSWORD : TestAccounts.PASSWORD;
		assertThat(client.signIn(username, password).headers().firstValue("Location").orElseThrow())
			.doesNotContain("error");
		return client;
	}

}
