package eu.lac.alliance.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;

/**
 * The whole path through real HTTP, the database queried after every step: upload, the
 * stored preview (reloaded), corrections with their errors, confirm, history with its
 * original, revert and a refused revert; bad uploads and a document in no known layout
 * are named on the page and write nothing.
 */
@PortalTest
@TestPropertySource(properties = { ImportFlowTest.OWN_DATABASE, ImportFlowTest.SMALL_LIMIT })
class ImportFlowTest {

	/** The import tests share one context with a database of their own. */
	static final String OWN_DATABASE = "alliance.test.imports-database=own";

	/** An upload limit small enough to test. */
	static final String SMALL_LIMIT = "spring.servlet.multipart.max-file-size=1MB";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void uploadPreviewCorrectAndConfirmStoresWhatThePreviewShowed() {
		PortalClient admin = admin("10.8.1.1");
		Map<String, Long> before = counts();
		String document = ImportDocuments.forum("Digital Skills", "2026-03-10");

		HttpResponse<String> uploaded = admin.upload("/admin/imports", "/admin/imports", "files",
				List.of(ImportDocuments.text("skills-forum.md", document)), true);

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String previewPath = location(uploaded);
		assertThat(previewPath).matches("/admin/imports/previews/[0-9]+");
		long preview = Long.parseLong(previewPath.substring(previewPath.lastIndexOf('/') + 1));
		assertThat(counts()).as("a preview writes nothing but the preview")
			.isEqualTo(with(before, "import_preview", 1));
		assertThat(jdbc.queryForObject("select status from import_preview where id = ?", String.class, preview))
			.isEqualTo("PREVIEWED");

		Document page = Jsoup.parse(admin.get(previewPath).body());
		Document reloaded = Jsoup.parse(admin.get(previewPath).body());
		assertThat(reloaded.select("#main").text()).as("a reload shows the same preview")
			.isEqualTo(page.select("#main").text());
		assertThat(page.select("#dialogue-title").text()).contains("Digital Skills");
		assertThat(page.select("#dialogue-place").text()).doesNotContain("Lisbon");
		assertThat(page.select("#dialogue-match").text()).isEqualTo("a new dialogue");
		List<String> previewedCodes = page.select("ul.items li .code").eachText();
		assertThat(previewedCodes).isNotEmpty();
		assertThat(page.select("ul.items li .outcome").eachAttr("data-outcome")).containsOnly("NEW");
		assertThat(page.select("#unrecognised label").eachText()).as(page.select("#main").html())
			.contains(ImportDocuments.misspelt("Digital Skills"));
		assertThat(page.select("#warnings li").eachText()).allMatch(w -> w.contains("line") || w.contains(":"));
		assertThat(page.select("#main span.role").eachText()).as("roles in the page's language")
			.isNotEmpty()
			.allMatch(
					List.of("co-lead", "partner", "implementing agency", "interested", "co-chair", "actor")::contains);

		HttpResponse<String> wrong = admin.submit(previewPath, previewPath + "/corrections",
				Map.of("start", "10 March", "city", "Lisbon", "country", "ZZ"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		Document errors = Jsoup.parse(wrong.body());
		assertThat(errors.select("#start-error").text()).isEqualTo("Expected a date as YYYY-MM-DD.");
		assertThat(errors.select("#country-error").text()).isEqualTo("Choose a country from the list.");
		assertThat(
				jdbc.queryForObject("select corrections::text from import_preview where id = ?", String.class, preview))
			.doesNotContain("Lisbon");

		String redClara = jdbc.queryForObject("select name from organisation where acronym = 'RedCLARA'", String.class);
		HttpResponse<String> corrected = admin.submit(previewPath, previewPath + "/corrections", Map.of("city",
				"Lisbon", "country", "PT", "mapFrom", ImportDocuments.misspelt("Digital Skills"), "mapTo", redClara));
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(302);
		Document correctedPage = Jsoup.parse(admin.get(previewPath).body());
		assertThat(correctedPage.select("#dialogue-place").text()).isEqualTo("Lisbon, PT");
		assertThat(correctedPage.select("#unrecognised select option[selected]").eachText())
			.as("the mapping is kept with the preview")
			.anyMatch(label -> label.startsWith(redClara));
		assertThat(correctedPage.select("ul.items li .code").eachText()).isEqualTo(previewedCodes);
		assertThat(counts()).as("correcting writes nothing but the preview")
			.isEqualTo(with(before, "import_preview", 1));

		HttpResponse<String> confirmed = admin.submit(previewPath, previewPath + "/confirm", Map.of());

		assertThat(confirmed.statusCode()).isEqualTo(302);
		long dialogue = jdbc.queryForObject("select id from dialogue where title like '%Digital Skills%'", Long.class);
		assertThat(location(confirmed)).isEqualTo("/dialogues/" + dialogue);
		assertThat(jdbc.queryForMap(
				"select city, host_country_code, start_date::text as start from dialogue where id = ?", dialogue))
			.containsEntry("city", "Lisbon")
			.containsEntry("host_country_code", "PT")
			.containsEntry("start", "2026-03-10");
		assertThat(jdbc.queryForList("select code from action_item where dialogue_id = ? order by id", String.class,
				dialogue))
			.containsExactlyInAnyOrderElementsOf(previewedCodes);
		assertThat(jdbc.queryForObject("select count(*) from organisation where lower(name) = lower(?)", Long.class,
				ImportDocuments.misspelt("Digital Skills")))
			.as("the misspelt organisation was mapped, not created")
			.isZero();
		Map<String, Object> run = jdbc.queryForMap(
				"select id, imported_by, file_name, layout, preview_id, dialogue_id from import_run where preview_id = ?",
				preview);
		assertThat(run).containsEntry("imported_by", "admin")
			.containsEntry("file_name", "skills-forum.md")
			.containsEntry("layout", "forum-summary")
			.containsEntry("dialogue_id", dialogue);
		long runId = (Long) run.get("id");
		assertThat(jdbc.queryForObject(
				"select count(*) from import_run_row where run_id = ? and table_name = 'action_item' and change = 'CREATED'",
				Long.class, runId))
			.isEqualTo(previewedCodes.size());
		assertThat(jdbc.queryForObject("select status from import_preview where id = ?", String.class, preview))
			.isEqualTo("CONFIRMED");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'IMPORT_CONFIRMED' and subject_type = 'import_run' "
						+ "and subject_id = ? and actor = 'admin'",
				Long.class, runId))
			.isEqualTo(1);
		assertThat(counts().get("action_item")).isEqualTo(before.get("action_item") + previewedCodes.size());

		HttpResponse<String> again = admin.submit(previewPath, previewPath + "/confirm", Map.of());
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from import_run where preview_id = ?", Long.class, preview))
			.as("a confirmed preview is imported once")
			.isEqualTo(1);

		Document history = Jsoup.parse(admin.get("/admin/imports/history").body());
		assertThat(history.select("#run-" + runId + " .by").text()).isEqualTo("admin");
		assertThat(history.select("#run-" + runId + " .original").attr("href"))
			.isEqualTo("/admin/imports/" + runId + "/original");
		HttpResponse<byte[]> original = admin.download("/admin/imports/" + runId + "/original");
		assertThat(original.statusCode()).isEqualTo(200);
		assertThat(original.body()).isEqualTo(document.getBytes(StandardCharsets.UTF_8));
		assertThat(original.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("skills-forum.md");
		assertThat(original.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
		assertThat(original.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		// a sign-in of its own, so after the counts above
		assertThat(Jsoup.parse(admin("10.8.1.9").speaking("pt").get(previewPath).body())
			.select("#main span.role")
			.eachText())
			.isNotEmpty()
			.allMatch(List.of("colíder", "parceiro", "agência executora", "interessado", "copresidência",
					"ator")::contains)
			.contains("ator");
	}

	@Test
	void aDocumentInNoKnownLayoutIsNamedWithTheWaysForwardAndWritesNothing() {
		PortalClient admin = admin("10.8.1.2");
		Map<String, Long> before = counts();

		HttpResponse<String> response = admin.upload("/admin/imports", "/admin/imports", "files",
				List.of(ImportDocuments.text("shopping-list.txt", "Shopping list\n\nmilk\nbread\neggs\n")), true);

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".refusals li[data-kind=UNKNOWN_LAYOUT] strong").text())
			.isEqualTo("shopping-list.txt: layout not recognised. The document is in none of the layouts the "
					+ "importer knows. Nothing was written.");
		assertThat(page.select("#ways-forward a").eachAttr("href")).containsExactly("/admin/imports/template.csv",
				"/admin/imports/template.xlsx", "/dialogues/new");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void theTemplateDownloadedFromThePageFilledWithOneItemIsPreviewedAsTheTemplate() {
		PortalClient admin = admin("10.8.1.9");
		HttpResponse<byte[]> csv = admin.download("/admin/imports/template.csv");
		HttpResponse<byte[]> xlsx = admin.download("/admin/imports/template.xlsx");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.body()).as("an XLSX is a ZIP archive").startsWith((byte) 'P', (byte) 'K');
		String header = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).strip();
		assertThat(header).contains("dialogue", "policy area", "code", "title");

		String filled = header + "\nCable landings dialogue,2026-02-10,2026-02-11,Panama City,Panama,Connectivity,1,,"
				+ "Map the submarine cables,,Q2 2026,Panama,Chile,,\n";
		HttpResponse<String> uploaded = admin.upload("/admin/imports", "/admin/imports", "files",
				List.of(ImportDocuments.text("cables.csv", filled)), true);

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		Document preview = Jsoup.parse(admin.get(location(uploaded)).body());
		assertThat(preview.select("#dialogue-title").text()).contains("Cable landings dialogue");
		assertThat(preview.select("ul.items li .code").eachText()).containsExactly("1");
	}

	@Test
	void badUploadsAreNamedOnThePageAndWriteNothing() {
		PortalClient admin = admin("10.8.1.3");
		Map<String, Long> before = counts();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1 };
		byte[] undecodable = { (byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0x00, 0x00, 0x41, (byte) 0xDC, 0x00, 0x00 };

		HttpResponse<String> response = admin.upload("/admin/imports", "/admin/imports", "files",
				List.of(new PortalClient.FilePart("empty.txt", "text/plain", new byte[0]),
						new PortalClient.FilePart("photo.png", "image/png", png),
						new PortalClient.FilePart("garbled.txt", "text/plain", undecodable)),
				true);

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".refusals li strong").eachText()).containsExactly(
				"empty.txt: the file is empty. Nothing was written.",
				"photo.png: this kind of file cannot be read (it is not text, DOCX, PDF or the template). Nothing was written.",
				page.select(".refusals li strong").eachText().get(2));
		assertThat(page.select(".refusals li strong").eachText().get(2)).startsWith("garbled.txt: ")
			.endsWith("Nothing was written.");
		assertThat(counts()).isEqualTo(before);

		byte[] large = new byte[1_200_000];
		java.util.Arrays.fill(large, (byte) 'a');
		HttpResponse<String> tooLarge = admin.upload("/admin/imports", "/admin/imports", "files",
				List.of(new PortalClient.FilePart("huge-conclusions.txt", "text/plain", large)), true);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(tooLarge.body()).select(".refusals li[data-kind=TOO_LARGE] strong").text())
			.isEqualTo("huge-conclusions.txt: the file is over the upload limit of 1 MB. Nothing was written.");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void markupInAFileNameIsShownAsTextOnThePreviewAndTheHistory() {
		PortalClient admin = admin("10.8.1.4");
		String name = "<img src=x onerror=alert(1)>.md";
		HttpResponse<String> uploaded = admin.upload("/admin/imports", "/admin/imports", "files", List
			.of(ImportDocuments.text(name, ImportDocuments.forum("Open Data <script>x()</script>", "2026-05-05"))),
				true);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String previewPath = location(uploaded);
		String preview = admin.get(previewPath).body();
		assertThat(preview).doesNotContain("<script>", "<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;.md");
		assertThat(admin.submit(previewPath, previewPath + "/confirm", Map.of()).statusCode()).isEqualTo(302);
		String history = admin.get("/admin/imports/history").body();
		assertThat(history).doesNotContain("<script>", "<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;.md");
	}

	@Test
	void anImportIsRevertedAllOrNothingAndRefusedOnceProgressIsLogged() {
		PortalClient admin = admin("10.8.1.5");
		Map<String, Long> before = counts();
		long kept = confirm(admin, "kept.md", ImportDocuments.forum("Satellite Data", "2026-06-16"));
		Map<String, Long> withKept = counts();
		long reverted = confirm(admin, "reverted.md", ImportDocuments.forum("Quantum Networks", "2026-07-21"));
		long revertedDialogue = jdbc.queryForObject("select dialogue_id from import_run where id = ?", Long.class,
				reverted);

		HttpResponse<String> response = admin.submit("/admin/imports/history", "/admin/imports/" + reverted + "/revert",
				Map.of());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).isEqualTo("/admin/imports/history");
		Map<String, Long> after = counts();
		for (String table : List.of("dialogue", "action_item", "source_document", "objective", "organisation")) {
			assertThat(after.get(table)).as(table).isEqualTo(withKept.get(table));
		}
		assertThat(jdbc.queryForObject("select count(*) from dialogue where id = ?", Long.class, revertedDialogue))
			.isZero();
		assertThat(jdbc.queryForMap("select reverted_by, reverted_at is not null as done from import_run where id = ?",
				reverted))
			.containsEntry("reverted_by", "admin")
			.containsEntry("done", true);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'IMPORT_REVERTED' and subject_id = ? and actor = 'admin'",
				Long.class, reverted))
			.isEqualTo(1);
		assertThat(admin.download("/admin/imports/" + reverted + "/original").statusCode())
			.as("the original stays downloadable")
			.isEqualTo(200);

		long item = jdbc.queryForObject(
				"select min(row_id) from import_run_row where run_id = ? and table_name = 'action_item'", Long.class,
				kept);
		String code = jdbc.queryForObject("select code from action_item where id = ?", String.class, item);
		jdbc.update("""
				insert into progress_update (action_item_id, country_code, status, as_of, author, submitted_at)
				values (?, 'CL', 'LIMITED', date '2026-07-01', 'fp-cl-test', now())""", item);
		Map<String, Long> beforeRefusal = counts();

		HttpResponse<String> refused = admin.submit("/admin/imports/history", "/admin/imports/" + kept + "/revert",
				Map.of());

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#blockers li[data-reason=PROGRESS_LOGGED]").text())
			.startsWith("progress was logged against item " + code + " (fp-cl-test, CL, ");
		assertThat(counts()).isEqualTo(beforeRefusal);
		assertThat(jdbc.queryForObject("select reverted_at is null from import_run where id = ?", Boolean.class, kept))
			.isTrue();
		assertThat(before.get("dialogue") + 1).isEqualTo(withKept.get("dialogue"));
	}

	@Test
	void theSeedsImportedAtStartAreInTheHistoryAttributedToTheSystem() {
		PortalClient admin = admin("10.8.1.6");
		assertThat(jdbc.queryForList("select file_name from import_run where imported_by = 'system' order by id",
				String.class))
			.containsSubsequence("000_f678e2384ca395fc.txt", "001_0a6d16b983599f06.txt", "002_8101de193ffe7200.txt",
					"003_1ae2039a599a6bab.txt", "004_308d54a85c3d8896.txt");
		long seedItems = jdbc
			.queryForObject("select count(*) from action_item a join source_document d on d.id = a.source_document_id "
					+ "where d.file_name = '003_1ae2039a599a6bab.txt'", Long.class);
		assertThat(jdbc.queryForObject("""
				select count(*) from import_run_row w join import_run r on r.id = w.run_id
				where r.file_name = '003_1ae2039a599a6bab.txt' and w.table_name = 'action_item'""", Long.class))
			.isEqualTo(seedItems)
			.isPositive();
		Document history = Jsoup.parse(admin.get("/admin/imports/history").body());
		assertThat(history.select("#history td.by").eachText()).contains("system");
		assertThat(history.select("#history a.original").eachText()).contains("003_1ae2039a599a6bab.txt");
	}

	@Test
	void unknownPreviewsAndRunsAreThe404Page() {
		PortalClient admin = admin("10.8.1.7");
		assertThat(admin.get("/admin/imports/previews/999999999").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/imports/previews/abc").statusCode()).isEqualTo(404);
		assertThat(admin.download("/admin/imports/999999999/original").statusCode()).isEqualTo(404);
	}

	private long confirm(PortalClient admin, String fileName, String document) {
		HttpResponse<String> uploaded = admin.upload("/admin/imports", "/admin/imports", "files",
				List.of(ImportDocuments.text(fileName, document)), true);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String previewPath = location(uploaded);
		assertThat(admin.submit(previewPath, previewPath + "/confirm", Map.of()).statusCode()).isEqualTo(302);
		return jdbc.queryForObject("select id from import_run where file_name = ?", Long.class, fileName);
	}

	private PortalClient admin(String address) {
		PortalClient client = new PortalClient(port).from(address);
		assertThat(client.signIn("admin", PortalTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String table : ImportSecurityMatrixTest.TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private static Map<String, Long> with(Map<String, Long> counts, String table, long more) {
		Map<String, Long> expected = new java.util.TreeMap<>(counts);
		expected.put(table, expected.get(table) + more);
		return expected;
	}

}
