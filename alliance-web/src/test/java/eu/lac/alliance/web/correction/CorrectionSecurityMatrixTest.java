package eu.lac.alliance.web.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * Every write endpoint of the corrections, for every kind of visitor, with and without
 * the CSRF token: only admins and the secretariat with the token write anything, counted
 * in the rows and contents of every table a correction writes; everyone else is refused
 * (403, or the sign-in page) and writes nothing.
 */
@PortalTest
@TestPropertySource(properties = CorrectionForms.OWN_DATABASE)
class CorrectionSecurityMatrixTest {

	enum Visitor {

		ANONYMOUS, FOCAL_POINT, SECRETARIAT, ADMIN

	}

	/** One write endpoint: where it posts and what it posts (fresh values each time). */
	private record Endpoint(String name, String path, Supplier<Map<String, String>> fields) {
	}

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<Visitor, PortalClient> clients = new EnumMap<>(Visitor.class);

	private int attempt;

	@Test
	void onlyAdminsAndTheSecretariatWithTheTokenWriteAnything() {
		for (Visitor visitor : Visitor.values()) {
			clients.put(visitor, client(visitor));
		}
		PortalClient reader = clients.get(Visitor.SECRETARIAT);
		long item = jdbc.queryForObject(
				"select min(id) from action_item where state = 'ACTIVE' and source_document_id is not null",
				Long.class);
		long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
		long organisation = jdbc.queryForObject("select min(organisation_id) from participation", Long.class);
		Map<String, String> itemForm = CorrectionForms.fields(reader, "/action-items/" + item + "/edit", "item-form");
		Map<String, String> newItemForm = CorrectionForms.fields(reader, "/dialogues/" + dialogue + "/items/new",
				"item-form");
		Map<String, String> dialogueForm = CorrectionForms.fields(reader, "/dialogues/" + dialogue + "/edit",
				"dialogue-form");
		Map<String, String> newDialogueForm = CorrectionForms.fields(reader, "/dialogues/new", "dialogue-form");
		Map<String, String> organisationForm = CorrectionForms.fields(reader,
				"/organisations/" + organisation + "/edit", "organisation-form");
		List<Endpoint> endpoints = List.of(
				new Endpoint("edit item", "/action-items/" + item + "/edit",
						() -> with(itemForm, "title", "Matrix title " + attempt)),
				new Endpoint("add item", "/dialogues/" + dialogue + "/items/new",
						() -> with(with(newItemForm, "code", "M" + attempt), "title", "Matrix item " + attempt)),
				new Endpoint("edit dialogue", "/dialogues/" + dialogue + "/edit",
						() -> with(dialogueForm, "city", "Matrix city " + attempt)),
				new Endpoint("create dialogue", "/dialogues/new",
						() -> with(newDialogueForm, "title", "Matrix dialogue " + attempt)),
				new Endpoint("edit organisation", "/organisations/" + organisation + "/edit",
						() -> with(organisationForm, "aliases", "Matrix alias " + attempt)),
				new Endpoint("merge organisations", "/organisations/" + organisation + "/merge",
						() -> Map.of("duplicate", String.valueOf(duplicateOrganisation()))));
		List<String> combinations = new ArrayList<>();
		SoftAssertions softly = new SoftAssertions();
		for (boolean csrf : new boolean[] { false, true }) {
			for (Visitor visitor : Visitor.values()) {
				for (Endpoint endpoint : endpoints) {
					attempt++;
					boolean allowed = csrf && (visitor == Visitor.SECRETARIAT || visitor == Visitor.ADMIN);
					String combination = endpoint.name() + " by " + visitor + (csrf ? " with" : " without")
							+ " the token";
					combinations.add(combination);
					Map<String, String> fields = endpoint.fields().get();
					String before = fingerprint();
					PortalClient client = clients.get(visitor);
					HttpResponse<String> response = csrf ? client.submit(tokenPage(visitor), endpoint.path(), fields)
							: client.post(endpoint.path(), fields);
					softly.assertThat(!fingerprint().equals(before))
						.as("%s writes (status %d)", combination, response.statusCode())
						.isEqualTo(allowed);
					if (allowed) {
						softly.assertThat(response.statusCode()).as(combination).isEqualTo(302);
					}
					else if (visitor == Visitor.ANONYMOUS) {
						softly.assertThat(response.statusCode()).as(combination).isIn(302, 403);
						softly.assertThat(response.headers().firstValue("Location").orElse("/login"))
							.as(combination)
							.contains("/login");
					}
					else {
						softly.assertThat(response.statusCode()).as(combination).isEqualTo(403);
						softly.assertThat(response.body())
							.as(combination)
							.contains("Not allowed")
							.doesNotContain("Exception");
					}
				}
			}
		}
		softly.assertAll();
		assertThat(combinations).hasSize(2 * Visitor.values().length * endpoints.size());
	}

	@Test
	void aFocalPointCannotOpenAnyCorrectionForm() {
		PortalClient focal = client(Visitor.FOCAL_POINT);
		long item = jdbc.queryForObject("select min(id) from action_item", Long.class);
		long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
		long organisation = jdbc.queryForObject("select min(id) from organisation", Long.class);
		for (String path : List.of("/action-items/" + item + "/edit", "/dialogues/" + dialogue + "/items/new",
				"/dialogues/" + dialogue + "/edit", "/dialogues/new", "/organisations/" + organisation + "/edit")) {
			HttpResponse<String> response = focal.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(response.body()).as(path).contains("Not allowed").doesNotContain("<form class=\"form");
		}
	}

	private PortalClient client(Visitor visitor) {
		String address = "10.8.3." + (10 * visitor.ordinal() + attempt % 10 + 1);
		return switch (visitor) {
			case ANONYMOUS -> new PortalClient(port).from(address);
			case FOCAL_POINT -> CorrectionForms.signedIn(port, accounts.focalPoint("CL"), address);
			case SECRETARIAT -> CorrectionForms.signedIn(port, accounts.secretariat(), address);
			case ADMIN -> CorrectionForms.signedIn(port, "admin", PortalTest.ADMIN_PASSWORD, address);
		};
	}

	/**
	 * A signed-in visitor takes the token from any page's sign-out form, a visitor who is
	 * not signed in from the sign-in page.
	 */
	private static String tokenPage(Visitor visitor) {
		return visitor == Visitor.ANONYMOUS ? "/login" : "/account/password";
	}

	private long duplicateOrganisation() {
		return jdbc.queryForObject("insert into organisation (name, kind) values (?, 'OTHER') returning id", Long.class,
				"Matrix duplicate " + attempt);
	}

	private static Map<String, String> with(Map<String, String> fields, String name, String value) {
		Map<String, String> changed = new HashMap<>(fields);
		changed.put(name, value);
		return changed;
	}

	/** Everything a correction could write, as one text. */
	private String fingerprint() {
		return jdbc.queryForObject("""
				select concat_ws('/',
				    (select count(*) from audit_event where kind in ('ITEM_ADDED', 'ITEM_EDITED', 'DIALOGUE_ADDED',
				        'DIALOGUE_EDITED', 'ORGANISATION_EDITED', 'ORGANISATIONS_MERGED')),
				    (select count(*) from hand_correction), (select count(*) from participation),
				    (select count(*) from action_item), (select count(*) from dialogue),
				    (select count(*) from organisation_alias),
				    (select md5(string_agg(concat_ws('|', code, title, description, parent_id, category, policy_area_id,
				                           deadline_date, deadline_text), ',' order by id)) from action_item),
				    (select md5(string_agg(concat_ws('|', title, start_date, end_date, city, host_country_code), ','
				                           order by id)) from dialogue))""", String.class);
	}

}
