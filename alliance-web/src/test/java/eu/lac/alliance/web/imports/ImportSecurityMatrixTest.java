package eu.lac.alliance.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * Every import endpoint for every kind of visitor: only admins read the pages and only
 * admins with the form's CSRF token write; anyone else gets the 403 page (or the sign-in
 * page when anonymous), and the rows of every table an import touches are counted before
 * and after each refused attempt.
 */
@PortalTest
@TestPropertySource(properties = { ImportFlowTest.OWN_DATABASE, ImportFlowTest.SMALL_LIMIT })
class ImportSecurityMatrixTest {

	/** The tables an upload, a confirmation or a revert writes to. */
	static final List<String> TABLES = List.of("import_preview", "import_run", "import_run_row", "source_document",
			"dialogue", "action_item", "objective", "organisation", "audit_event");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	long preview;

	long run;

	@BeforeEach
	void anUploadAwaitingConfirmationAndARun() {
		PortalClient admin = signedIn("admin", PortalTest.ADMIN_PASSWORD, "10.8.2.1");
		HttpResponse<String> uploaded = admin.upload("/admin/imports", "/admin/imports", "files",
				List.of(ImportDocuments.text("matrix.md", ImportDocuments.forum("Matrix Checks", "2026-09-09"))), true);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String path = ImportFlowTest.location(uploaded);
		preview = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		run = jdbc.queryForObject("select max(id) from import_run where reverted_at is null", Long.class);
	}

	@Test
	void onlyAdminsOpenTheImportPages() {
		List<String> pages = List.of("/admin/imports", "/admin/imports/previews/" + preview, "/admin/imports/history",
				"/admin/imports/" + run + "/original");
		PortalClient admin = signedIn("admin", PortalTest.ADMIN_PASSWORD, "10.8.2.2");
		PortalClient secretariat = signedIn(accounts.secretariat(), TestAccounts.PASSWORD, "10.8.2.3");
		PortalClient focalPoint = signedIn(accounts.focalPoint("CL"), TestAccounts.PASSWORD, "10.8.2.4");
		PortalClient anonymous = new PortalClient(port).from("10.8.2.5");
		for (String page : pages) {
			assertThat(admin.download(page).statusCode()).as("admin " + page).isEqualTo(200);
			assertThat(secretariat.get(page).statusCode()).as("secretariat " + page).isEqualTo(403);
			assertThat(focalPoint.get(page).statusCode()).as("focal point " + page).isEqualTo(403);
			HttpResponse<String> refused = anonymous.get(page);
			assertThat(refused.statusCode()).as("anonymous " + page).isEqualTo(302);
			assertThat(ImportFlowTest.location(refused)).isEqualTo("/login");
		}
	}

	@Test
	void everyWriteByAnyoneButAnAdminWithTheTokenIsRefusedAndWritesNothing() {
		Map<String, Function<PortalClient, HttpResponse<String>>> withToken = writes(true);
		Map<String, Function<PortalClient, HttpResponse<String>>> withoutToken = writes(false);
		List<String> problems = new ArrayList<>();
		record Visitor(String name, PortalClient client, int expected) {
		}
		List<Visitor> visitors = List.of(
				new Visitor("secretariat", signedIn(accounts.secretariat(), TestAccounts.PASSWORD, "10.8.2.6"), 403),
				new Visitor("focal point", signedIn(accounts.focalPoint("CL"), TestAccounts.PASSWORD, "10.8.2.7"), 403),
				new Visitor("anonymous", new PortalClient(port).from("10.8.2.8"), 0));
		PortalClient adminWithoutToken = signedIn("admin", PortalTest.ADMIN_PASSWORD, "10.8.2.9");
		for (Visitor visitor : visitors) {
			for (boolean token : List.of(true, false)) {
				for (var write : (token ? withToken : withoutToken).entrySet()) {
					Map<String, Long> before = counts();
					HttpResponse<String> response = write.getValue().apply(visitor.client());
					int status = response.statusCode();
					boolean refused = visitor.expected() == 0
							? status == 403 || status == 302 && ImportFlowTest.location(response).equals("/login")
							: status == visitor.expected();
					if (!refused) {
						problems.add(visitor.name() + (token ? " with" : " without") + " token, " + write.getKey()
								+ ": " + status);
					}
					if (!counts().equals(before)) {
						problems.add(visitor.name() + ", " + write.getKey() + " wrote " + before + " -> " + counts());
					}
				}
			}
		}
		for (var write : withoutToken.entrySet()) {
			Map<String, Long> before = counts();
			int status = write.getValue().apply(adminWithoutToken).statusCode();
			if (status != 403) {
				problems.add("admin without token, " + write.getKey() + ": " + status);
			}
			if (!counts().equals(before)) {
				problems.add("admin without token, " + write.getKey() + " wrote something");
			}
		}
		assertThat(problems).isEmpty();
		assertThat(jdbc.queryForObject("select status from import_preview where id = ?", String.class, preview))
			.isEqualTo("PREVIEWED");
		assertThat(jdbc.queryForObject("select reverted_at is null from import_run where id = ?", Boolean.class, run))
			.isTrue();
	}

	/**
	 * Each write endpoint, posted from a page the visitor can open (its form's token).
	 */
	private Map<String, Function<PortalClient, HttpResponse<String>>> writes(boolean token) {
		String page = "/account/password";
		Map<String, Function<PortalClient, HttpResponse<String>>> writes = new TreeMap<>();
		writes.put("upload", client -> client.upload(page, "/admin/imports", "files",
				List.of(ImportDocuments.text("intruder.md", ImportDocuments.forum("Intrusion", "2026-10-10"))), token));
		writes.put("correct", client -> post(client, page, "/admin/imports/previews/" + preview + "/corrections",
				Map.of("city", "Nowhere"), token));
		writes.put("confirm",
				client -> post(client, page, "/admin/imports/previews/" + preview + "/confirm", Map.of(), token));
		writes.put("revert", client -> post(client, page, "/admin/imports/" + run + "/revert", Map.of(), token));
		return writes;
	}

	private static HttpResponse<String> post(PortalClient client, String page, String action,
			Map<String, String> fields, boolean token) {
		return token ? client.submit(page, action, fields) : client.post(action, fields);
	}

	private PortalClient signedIn(String username, String password, String address) {
		PortalClient client = new PortalClient(port).from(address);
		assertThat(client.signIn(username, password).statusCode()).isEqualTo(302);
		return client;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

}
