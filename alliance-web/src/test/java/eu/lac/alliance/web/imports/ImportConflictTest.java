package eu.lac.alliance.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.Participation;
import eu.lac.alliance.domain.correction.Corrections;
import eu.lac.alliance.domain.correction.ItemChanges;
import eu.lac.alliance.domain.correction.ParticipantChoice;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;

/**
 * A revised document meets two titles a person corrected by hand: the preview page shows
 * both conflicts (item, field, hand value with who and when, the document's value), the
 * admin keeps one hand correction and takes the document's value for the other, the
 * choice is stored with the preview, and the confirmed import writes exactly that.
 */
@PortalTest
@TestPropertySource(properties = { ImportFlowTest.OWN_DATABASE, ImportFlowTest.SMALL_LIMIT })
class ImportConflictTest {

	private static final String TOPIC = "Hand Corrections";

	private static final String DAY = "2026-05-04";

	private static final String KEPT_SENTENCE = "Agreement to draft an investment & capacity-building roadmap";

	private static final String TAKEN_SENTENCE = "Launch of thematic working groups";

	private static final String KEPT_BY_HAND = "Draft the investment and skills roadmap (corrected by hand)";

	private static final String TAKEN_BY_HAND = "Launch working groups (corrected by hand)";

	private static final String CORRECTOR = "secretariat-by-hand";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Corrections corrections;

	@Autowired
	ActionItemRepository items;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theAdminSeesEachConflictKeepsOneHandCorrectionAndTakesTheDocumentsValueForTheOther() {
		PortalClient admin = admin("10.8.4.1");
		String original = ImportDocuments.forum(TOPIC, DAY);
		String firstPreview = upload(admin, "hand-forum.md", original);
		assertThat(admin.submit(firstPreview, firstPreview + "/confirm", Map.of()).statusCode()).isEqualTo(302);
		long dialogue = jdbc.queryForObject("select id from dialogue where title like ?", Long.class,
				"%" + TOPIC + "%");
		long kept = itemStarting(dialogue, KEPT_SENTENCE);
		long taken = itemStarting(dialogue, TAKEN_SENTENCE);
		correctTitleByHand(kept, KEPT_BY_HAND);
		correctTitleByHand(taken, TAKEN_BY_HAND);

		String revised = original
			.replace(KEPT_SENTENCE, "Agreement to prepare an investment & capacity-building roadmap")
			.replace(TAKEN_SENTENCE, "Launch of three thematic working groups");
		String previewPath = upload(admin, "hand-forum-revised.md", revised);
		long preview = Long.parseLong(previewPath.substring(previewPath.lastIndexOf('/') + 1));

		Document page = Jsoup.parse(admin.get(previewPath).body());
		assertThat(page.select("#conflicts tbody tr")).hasSize(2);
		Element keptRow = row(page, kept);
		Element takenRow = row(page, taken);
		String keptCode = code(kept);
		assertThat(keptRow.select("th a").text()).isEqualTo(keptCode);
		assertThat(keptRow.select("th a").attr("href")).isEqualTo("/action-items/" + kept);
		assertThat(keptRow.select("td").get(0).text()).isEqualTo("Title");
		assertThat(keptRow.select(".hand-value").text()).isEqualTo(KEPT_BY_HAND);
		assertThat(keptRow.select(".corrected-by").text()).startsWith("(by " + CORRECTOR + ", 20").endsWith(" UTC)");
		assertThat(keptRow.select(".document-value").text())
			.startsWith("Agreement to prepare an investment & capacity-building roadmap");
		assertThat(takenRow.select(".hand-value").text()).isEqualTo(TAKEN_BY_HAND);
		assertThat(takenRow.select(".document-value").text()).startsWith("Launch of three thematic working groups");
		assertThat(page.select("#conflicts input[type=radio][checked]").eachAttr("value"))
			.as("keeping the hand correction is the default")
			.containsExactly("KEEP", "KEEP");
		assertThat(title(kept)).as("a preview writes nothing").isEqualTo(KEPT_BY_HAND);

		HttpResponse<String> chosen = admin.submit(previewPath, previewPath + "/corrections",
				Map.of("conflicts[" + takenRow.attr("data-key") + "]", "DOCUMENT",
						"conflicts[" + keptRow.attr("data-key") + "]", "KEEP"));
		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select corrections -> 'conflicts' ->> ? from import_preview where id = ?",
				String.class, takenRow.attr("data-key"), preview))
			.as("the choice is stored with the preview")
			.isEqualTo("DOCUMENT");
		Document reloaded = Jsoup.parse(admin.get(previewPath).body());
		assertThat(row(reloaded, taken).select("input[type=radio][checked]").attr("value")).isEqualTo("DOCUMENT");
		assertThat(row(reloaded, kept).select("input[type=radio][checked]").attr("value")).isEqualTo("KEEP");
		assertThat(title(taken)).as("choosing writes nothing").isEqualTo(TAKEN_BY_HAND);

		HttpResponse<String> confirmed = admin.submit(previewPath, previewPath + "/confirm", Map.of());

		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(ImportFlowTest.location(confirmed)).isEqualTo("/dialogues/" + dialogue);
		assertThat(title(kept)).isEqualTo(KEPT_BY_HAND);
		assertThat(handCorrectedFields(kept)).containsExactly("title");
		assertThat(title(taken)).startsWith("Launch of three thematic working groups");
		assertThat(handCorrectedFields(taken)).as("the title follows its document again").isEmpty();
		assertThat(jdbc.queryForObject("select status from import_preview where id = ?", String.class, preview))
			.isEqualTo("CONFIRMED");
		assertThat(
				jdbc.queryForObject("select summary from audit_event where kind = 'IMPORT_CONFIRMED' and subject_id = "
						+ "(select id from import_run where preview_id = ?)", String.class, preview))
			.contains("item " + keptCode + " title: hand correction kept")
			.contains("item " + code(taken) + " title: document's value taken");
	}

	@Test
	void aChoiceThatNamesNoFieldIsRefusedBesideTheConflictsAndNothingIsStored() {
		PortalClient admin = admin("10.8.4.2");
		String previewPath = upload(admin, "hand-forum-other.md", ImportDocuments.forum("Choice Checks", DAY));
		long preview = Long.parseLong(previewPath.substring(previewPath.lastIndexOf('/') + 1));

		HttpResponse<String> wrong = admin.submit(previewPath, previewPath + "/corrections",
				Map.of("conflicts[12:colour]", "DOCUMENT"));

		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(wrong.body()).select("#conflicts-error").text())
			.isEqualTo("Choose, for each conflict, to keep the hand correction or take the document's value.");
		assertThat(
				jdbc.queryForObject("select corrections::text from import_preview where id = ?", String.class, preview))
			.doesNotContain("colour");
	}

	private String upload(PortalClient admin, String fileName, String document) {
		HttpResponse<String> uploaded = admin.upload("/admin/imports", "/admin/imports", "files",
				List.of(ImportDocuments.text(fileName, document)), true);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		return ImportFlowTest.location(uploaded);
	}

	private void correctTitleByHand(long item, String title) {
		ItemChanges changes = transactions.execute(status -> sameAs(items.findById(item).orElseThrow(), title));
		assertThat(corrections.editItem(new Actor(CORRECTOR, Role.SECRETARIAT, null), item, changes))
			.containsExactly("title");
		assertThat(title(item)).isEqualTo(title);
	}

	/** Everything as the item has it, but the title. */
	private static ItemChanges sameAs(ActionItem item, String title) {
		return new ItemChanges(item.getCode(), title, item.getDescription(),
				item.getParent() == null ? null : item.getParent().getId(), item.getCategory(),
				item.getPolicyArea().getId(), item.getDeadline() == null ? null : item.getDeadline().dueOn(),
				item.getDeadline() == null ? null : item.getDeadline().wording(),
				item.getParticipations().stream().map(ImportConflictTest::choice).toList());
	}

	private static ParticipantChoice choice(Participation p) {
		return new ParticipantChoice(p.getCountry() == null ? null : p.getCountry().getCode(),
				p.getOrganisation() == null ? null : p.getOrganisation().getId(),
				p.getGroup() == null ? null : p.getGroup().getId(), p.getRole(),
				p.getAgencies().stream().map(Organisation::getName).toList());
	}

	private static Element row(Document page, long item) {
		Element row = page.selectFirst("#conflicts tr[data-key=\"" + item + ":title\"]");
		assertThat(row).as(page.select("#main").html()).isNotNull();
		return row;
	}

	private long itemStarting(long dialogue, String sentence) {
		return jdbc.queryForObject("select id from action_item where dialogue_id = ? and title like ?", Long.class,
				dialogue, sentence + "%");
	}

	private String title(long item) {
		return jdbc.queryForObject("select title from action_item where id = ?", String.class, item);
	}

	private String code(long item) {
		return jdbc.queryForObject("select code from action_item where id = ?", String.class, item);
	}

	private List<String> handCorrectedFields(long item) {
		return jdbc.queryForList(
				"select field from hand_correction where subject_type = 'action_item' and subject_id = ? order by field",
				String.class, item);
	}

	private PortalClient admin(String address) {
		PortalClient client = new PortalClient(port).from(address);
		assertThat(client.signIn("admin", PortalTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

}
