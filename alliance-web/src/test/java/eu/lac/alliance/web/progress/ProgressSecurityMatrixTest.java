package eu.lac.alliance.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.assertj.core.api.SoftAssertions;
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
 * Every write endpoint of the progress workflow, for every kind of visitor, with and
 * without the CSRF token: only the allowed combinations write anything, counted in the
 * rows of every table the workflow writes.
 */
@PortalTest
@TestPropertySource(properties = ProgressPagesTest.OWN_DATABASE)
@Import(ProgressFixtures.class)
class ProgressSecurityMatrixTest {

	enum Visitor {

		ANONYMOUS, FOCAL_OWN_COUNTRY, FOCAL_OTHER_COUNTRY, FOCAL_COUNTRY_NOT_IN_ITEM, SECRETARIAT, ADMIN

	}

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProgressFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<Visitor, PortalClient> clients = new HashMap<>();

	private int address = 1;

	private final Set<PortalClient> anonymous = new java.util.HashSet<>();

	/** Who each visitor is, for the item {@code item} that Chile takes part in. */
	private PortalClient client(Visitor visitor, String countryNotInItem) {
		return clients.computeIfAbsent(visitor, v -> {
			PortalClient client = new PortalClient(port).from("10.7.2." + address++);
			String username = switch (v) {
				case ANONYMOUS -> null;
				case FOCAL_OWN_COUNTRY -> accounts.focalPoint("CL");
				case FOCAL_OTHER_COUNTRY -> accounts.focalPoint("BR");
				case FOCAL_COUNTRY_NOT_IN_ITEM -> accounts.focalPoint(countryNotInItem);
				case SECRETARIAT -> accounts.secretariat();
				case ADMIN -> "admin";
			};
			if (username == null) {
				anonymous.add(client);
			}
			else {
				String password = v == Visitor.ADMIN ? PortalTest.ADMIN_PASSWORD : TestAccounts.PASSWORD;
				assertThat(client.signIn(username, password).headers().firstValue("Location").orElseThrow())
					.doesNotContain("error");
			}
			return client;
		});
	}

	@Test
	void onlyTheAllowedCombinationsWriteAnything() {
		long item = fixtures.itemOf("CL", 5);
		String notIn = jdbc.queryForObject(
				"""
						select min(c.code) from country c where c.code not in ('CL', 'BR')
						and not exists (select 1 from item_participant ip where ip.action_item_id = ? and ip.country_code = c.code)
						""",
				String.class, item);
		Set<Visitor> secretariat = Set.of(Visitor.SECRETARIAT, Visitor.ADMIN);
		Set<Visitor> loggers = Set.of(Visitor.FOCAL_OWN_COUNTRY, Visitor.SECRETARIAT, Visitor.ADMIN);
		LongSupplier pending = () -> fixtures.pendingUpdate(item, "CL");
		List<String> combinations = new ArrayList<>();
		SoftAssertions softly = new SoftAssertions();
		for (boolean csrf : new boolean[] { false, true }) {
			for (Visitor visitor : Visitor.values()) {
				String country = visitor == Visitor.FOCAL_COUNTRY_NOT_IN_ITEM ? notIn : "CL";
				attempt(softly, combinations, visitor, notIn, csrf, "log", loggers.contains(visitor),
						"/action-items/" + item + "/progress", Map.of("country", country, "status", "LIMITED", "date",
								"2025-10-01", "note", "matrix", "evidence", "https://example.org/matrix"));
				attempt(softly, combinations, visitor, notIn, csrf, "validate", secretariat.contains(visitor),
						"/progress-updates/" + pending.getAsLong() + "/validate", Map.of());
				attempt(softly, combinations, visitor, notIn, csrf, "return", secretariat.contains(visitor),
						"/progress-updates/" + pending.getAsLong() + "/return", Map.of("comment", "Why?"));
				attempt(softly, combinations, visitor, notIn, csrf, "comment", loggers.contains(visitor),
						"/progress-updates/" + pending.getAsLong() + "/comments", Map.of("comment", "Which one?"));
				attempt(softly, combinations, visitor, notIn, csrf, "validate several", secretariat.contains(visitor),
						"/reviews", Map.of("update", String.valueOf(pending.getAsLong())));
			}
		}
		softly.assertAll();
		assertThat(combinations).hasSize(2 * Visitor.values().length * 5);
	}

	@Test
	void onlyAFocalPointOfAMemberJoinsAnOpenItemAndOnlyWithTheToken() {
		String member = fixtures.memberTakingNoPart();
		String nonMember = jdbc.queryForObject(
				"select min(code) from country where code not in (select country_code from alliance_membership)",
				String.class);
		List<Long> open = fixtures.openItemsWithout(member);
		assertThat(open).as("the seeds hold items open to every member").isNotEmpty();
		long item = open.get(0);
		Map<String, PortalClient> joiners = new HashMap<>();
		PortalClient nobody = new PortalClient(port).from("10.7.3.1");
		anonymous.add(nobody);
		joiners.put("anonymous", nobody);
		joiners.put("focal of a member", signedIn(accounts.focalPoint(member), "10.7.3.2"));
		joiners.put("focal of a non-member", signedIn(accounts.focalPoint(nonMember), "10.7.3.3"));
		joiners.put("secretariat", signedIn(accounts.secretariat(), "10.7.3.4"));
		SoftAssertions softly = new SoftAssertions();
		for (boolean csrf : new boolean[] { false, true }) {
			for (Map.Entry<String, PortalClient> joiner : joiners.entrySet()) {
				String before = fixtures.writes();
				HttpResponse<String> response = post(joiner.getValue(), csrf, "/action-items/" + item + "/join",
						Map.of());
				boolean allowed = csrf && joiner.getKey().equals("focal of a member");
				softly.assertThat(!fixtures.writes().equals(before))
					.as("join by %s %s the token (%d)", joiner.getKey(), csrf ? "with" : "without",
							response.statusCode())
					.isEqualTo(allowed);
				if (!allowed && !joiner.getKey().equals("anonymous")) {
					softly.assertThat(response.statusCode()).as("join refused for %s", joiner.getKey()).isEqualTo(403);
				}
			}
		}
		softly.assertAll();
		assertThat(jdbc.queryForObject("select count(*) from item_participant where action_item_id = ? and "
				+ "country_code = ? and basis = 'JOINED'", Integer.class, item, member))
			.isEqualTo(1);
	}

	private void attempt(SoftAssertions softly, List<String> combinations, Visitor visitor, String notIn, boolean csrf,
			String action, boolean allowedWithToken, String path, Map<String, String> fields) {
		PortalClient client = client(visitor, notIn);
		String before = fixtures.writes();
		HttpResponse<String> response = post(client, csrf, path, fields);
		boolean allowed = csrf && allowedWithToken;
		String combination = action + " by " + visitor + (csrf ? " with" : " without") + " the token";
		combinations.add(combination);
		softly.assertThat(!fixtures.writes().equals(before))
			.as("%s writes (status %d)", combination, response.statusCode())
			.isEqualTo(allowed);
		if (allowed) {
			softly.assertThat(response.statusCode()).as(combination).isEqualTo(302);
		}
		else if (visitor == Visitor.ANONYMOUS) {
			softly.assertThat(response.statusCode()).as(combination).isIn(302, 403);
		}
		else {
			softly.assertThat(response.statusCode()).as(combination).isEqualTo(403);
			softly.assertThat(response.body()).as(combination).contains("Not allowed").doesNotContain("Exception");
		}
	}

	private HttpResponse<String> post(PortalClient client, boolean csrf, String path, Map<String, String> fields) {
		// a signed-in visitor takes the token from any page's sign-out form; a visitor
		// who
		// is not signed in from the sign-in page
		String tokenPage = client.sessionCookie().isPresent() && !anonymous.contains(client) ? "/account/password"
				: "/login";
		return csrf ? client.submit(tokenPage, path, fields) : client.post(path, fields);
	}

	private PortalClient signedIn(String username, String address) {
		PortalClient client = new PortalClient(port).from(address);
		client.signIn(username, TestAccounts.PASSWORD);
		return client;
	}

}
