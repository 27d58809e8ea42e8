package eu.lac.alliance.web.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The correction pages over real HTTP, what the database holds checked after each post:
 * an item's participants and title corrected, recorded in the audit trail and as hand
 * corrections, shown on the item page; refusals shown next to their fields with nothing
 * written; document text escaped; a dialogue, an organisation and a merge; an item and a
 * dialogue added by hand.
 */
@PortalTest
@TestPropertySource(properties = CorrectionForms.OWN_DATABASE)
class CorrectionPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private PortalClient secretariat;

	private String secretariatName;

	@BeforeEach
	void signIn() {
		secretariatName = accounts.secretariat();
		secretariat = CorrectionForms.signedIn(port, secretariatName, "10.8.1." + (1 + (int) (Math.random() * 200)));
	}

	@Test
	void theSecretariatAddsACountryAndRetitlesAnItemAndTheAuditAndItemPageSaySo() {
		long item = namedItemOf("CL");
		String country = countryTakingNoPartIn(item);
		int participationsBefore = count("select count(*) from participation where action_item_id = ?", item);
		Map<String, String> fields = CorrectionForms.fields(secretariat, "/action-items/" + item + "/edit",
				"item-form");
		int blank = firstBlankLine(fields);
		fields.put("participants[" + blank + "].party", "country:" + country);
		fields.put("participants[" + blank + "].role", "INTERESTED");
		fields.put("title", fields.get("title") + " (corrected)");

		HttpResponse<String> response = secretariat.submit("/action-items/" + item + "/edit",
				"/action-items/" + item + "/edit", fields);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/action-items/" + item);
		assertThat(count("select count(*) from participation where action_item_id = ?", item))
			.isEqualTo(participationsBefore + 1);
		assertThat(count("select count(*) from item_participant where action_item_id = ? and country_code = ?", item,
				country))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select title from action_item where id = ?", String.class, item))
			.endsWith(" (corrected)");
		Map<String, Object> event = jdbc.queryForMap("""
				select actor, summary, before_state ->> 'title' as title_before, after_state ->> 'title' as title_after,
				       after_state ->> 'participants' as participants_after, address
				from audit_event where kind = 'ITEM_EDITED' and subject_type = 'action_item' and subject_id = ?
				order by id desc limit 1""", item);
		assertThat(event.get("actor")).isEqualTo(secretariatName);
		assertThat((String) event.get("title_after")).isEqualTo(event.get("title_before") + " (corrected)");
		assertThat((String) event.get("participants_after")).contains("(interested)");
		assertThat((String) event.get("summary")).contains("title", "participants");
		assertThat(event.get("address")).isNotNull();
		assertThat(jdbc.queryForList(
				"select field from hand_correction where subject_type = 'action_item' and subject_id = ? order by field",
				String.class, item))
			.containsExactly("participants", "title");

		Document page = Jsoup.parse(secretariat.get("/action-items/" + item).body());
		assertThat(page.select(".flash").text()).isEqualTo("Your corrections to the item were saved.");
		assertThat(page.select("#hand-edits li").text()).startsWith("Edited by " + secretariatName + " on ")
			.contains("Title", "Participants");
	}

	@Test
	void aCodeAnotherItemHasIsRefusedNextToTheCodeFieldAndNothingIsWritten() {
		long item = namedItemOf("CL");
		String otherCode = jdbc.queryForObject("""
				select code from action_item where dialogue_id = (select dialogue_id from action_item where id = ?)
				and id <> ? order by id limit 1""", String.class, item, item);
		String before = fingerprint();
		Map<String, String> fields = CorrectionForms.fields(secretariat, "/action-items/" + item + "/edit",
				"item-form");
		fields.put("code", otherCode);
		fields.put("deadlineDate", "not a date");

		HttpResponse<String> response = secretariat.submit("/action-items/" + item + "/edit",
				"/action-items/" + item + "/edit", fields);

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#deadlineDate-error").text()).startsWith("Give the deadline as a date");
		assertThat(fingerprint()).isEqualTo(before);

		fields.put("deadlineDate", "");
		response = secretariat.submit("/action-items/" + item + "/edit", "/action-items/" + item + "/edit", fields);
		page = Jsoup.parse(response.body());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(page.select("#code-error").text()).startsWith("Give a code of at most 60 characters");
		assertThat(page.select(".field.has-error input#code").attr("value")).isEqualTo(otherCode);
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void anItemCannotBePlacedUnderOneOfItsOwnSubItems() {
		Long parent = jdbc.queryForObject(
				"select min(parent_id) from action_item where parent_id is not null and state = 'ACTIVE'", Long.class);
		long child = jdbc.queryForObject("select min(id) from action_item where parent_id = ?", Long.class, parent);
		String before = fingerprint();
		Map<String, String> fields = CorrectionForms.fields(secretariat, "/action-items/" + parent + "/edit",
				"item-form");
		fields.put("parent", String.valueOf(child));

		HttpResponse<String> response = secretariat.submit("/action-items/" + parent + "/edit",
				"/action-items/" + parent + "/edit", fields);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select("#parent-error").text())
			.startsWith("Choose an item of the same dialogue");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void markupInACorrectedTitleIsShownAsTextNeverAsMarkup() {
		long item = namedItemOf("BR");
		String title = "<script>alert('x')</script><b>bold</b> & more";
		Map<String, String> fields = CorrectionForms.fields(secretariat, "/action-items/" + item + "/edit",
				"item-form");
		fields.put("title", title);

		secretariat.submit("/action-items/" + item + "/edit", "/action-items/" + item + "/edit", fields);

		assertThat(jdbc.queryForObject("select title from action_item where id = ?", String.class, item))
			.isEqualTo(title);
		String html = secretariat.get("/action-items/" + item).body();
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>bold</b>");
		assertThat(Jsoup.parse(html).select("h1").text()).contains(title);
		String form = secretariat.get("/action-items/" + item + "/edit").body();
		assertThat(form).doesNotContain("<script>alert");
		assertThat(Jsoup.parse(form).getElementById("title").attr("value")).isEqualTo(title);
	}

	@Test
	void aDialoguesPlaceIsCorrectedAndAnItemAddedByHand() {
		long dialogue = jdbc.queryForObject("select max(id) from dialogue", Long.class);
		Map<String, String> fields = CorrectionForms.fields(secretariat, "/dialogues/" + dialogue + "/edit",
				"dialogue-form");
		fields.put("city", "Cartagena de Indias");
		fields.put("country", "CO");
		int chairs = count("select count(*) from dialogue_co_chair where dialogue_id = ?", dialogue);
		int blankChair = 0;
		while (!fields.get("coChairs[" + blankChair + "].party").isEmpty()) {
			blankChair++;
		}
		fields.put("coChairs[" + blankChair + "].party", "country:CO");
		fields.put("coChairs[" + blankChair + "].person", "Vice-minister <i>of ICT</i>");

		HttpResponse<String> response = secretariat.submit("/dialogues/" + dialogue + "/edit",
				"/dialogues/" + dialogue + "/edit", fields);

		assertThat(response.statusCode()).isEqualTo(302);
		Map<String, Object> stored = jdbc.queryForMap("select city, host_country_code from dialogue where id = ?",
				dialogue);
		assertThat(stored.get("city")).isEqualTo("Cartagena de Indias");
		assertThat(stored.get("host_country_code")).isEqualTo("CO");
		assertThat(count("select count(*) from audit_event where kind = 'DIALOGUE_EDITED' and subject_id = ? "
				+ "and after_state ->> 'city' = 'Cartagena de Indias'", dialogue))
			.isEqualTo(1);
		assertThat(count("select count(*) from dialogue_co_chair where dialogue_id = ?", dialogue))
			.isEqualTo(chairs + 1);
		assertThat(count("select count(*) from dialogue_co_chair where dialogue_id = ? and country_code = 'CO' "
				+ "and person = 'Vice-minister <i>of ICT</i>'", dialogue))
			.isEqualTo(1);
		assertThat(secretariat.get("/dialogues/" + dialogue).body()).doesNotContain("<i>of ICT</i>");

		int items = count("select count(*) from action_item where dialogue_id = ?", dialogue);
		Map<String, String> item = CorrectionForms.fields(secretariat, "/dialogues/" + dialogue + "/items/new",
				"item-form");
		item.put("code", "H1");
		item.put("title", "Hold a follow-up workshop in Cartagena");
		item.put("deadlineDate", "2026-06-30");
		item.put("deadlineWording", "by mid-2026");
		item.put("participants[0].party", "country:CO");
		item.put("participants[0].role", "CO_LEAD");
		item.put("participants[0].agencies", "");
		response = secretariat.submit("/dialogues/" + dialogue + "/items/new", "/dialogues/" + dialogue + "/items/new",
				item);

		assertThat(response.statusCode()).isEqualTo(302);
		long added = jdbc.queryForObject("select id from action_item where dialogue_id = ? and code = 'H1'", Long.class,
				dialogue);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/action-items/" + added);
		assertThat(count("select count(*) from action_item where dialogue_id = ?", dialogue)).isEqualTo(items + 1);
		assertThat(jdbc.queryForMap(
				"select source_document_id, deadline_date::text as due, deadline_text from action_item where id = ?",
				added))
			.containsEntry("source_document_id", null)
			.containsEntry("due", "2026-06-30")
			.containsEntry("deadline_text", "by mid-2026");
		assertThat(
				count("select count(*) from item_participant where action_item_id = ? and country_code = 'CO'", added))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_event where kind = 'ITEM_ADDED' and subject_id = ?", added))
			.isEqualTo(1);
		assertThat(Jsoup.parse(secretariat.get("/action-items/" + added).body()).select("#hand-edits li").text())
			.startsWith("Added by hand by " + secretariatName);
	}

	@Test
	void aDialogueIsCreatedByHandThenItsFirstItemAdded() {
		Map<String, String> fields = CorrectionForms.fields(secretariat, "/dialogues/new", "dialogue-form");
		fields.put("title", "EU-LAC Dialogue on Quantum Technologies");
		fields.put("kind", "POLICY_DIALOGUE");
		fields.put("start", "2026-03");
		fields.put("end", "2026-02");
		HttpResponse<String> refused = secretariat.submit("/dialogues/new", "/dialogues/new", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#end-error").text()).startsWith("Write the date as");
		assertThat(count("select count(*) from dialogue where title = ?", fields.get("title"))).isZero();

		fields.put("end", "2026-03");
		HttpResponse<String> response = secretariat.submit("/dialogues/new", "/dialogues/new", fields);

		long dialogue = jdbc.queryForObject("select id from dialogue where title = ?", Long.class, fields.get("title"));
		assertThat(response.headers().firstValue("Location").orElseThrow())
			.endsWith("/dialogues/" + dialogue + "/items/new");
		assertThat(jdbc.queryForMap("select start_precision, start_date::text as start from dialogue where id = ?",
				dialogue))
			.containsEntry("start_precision", "MONTH")
			.containsEntry("start", "2026-03-01");
		assertThat(count("select count(*) from audit_event where kind = 'DIALOGUE_ADDED' and subject_id = ?", dialogue))
			.isEqualTo(1);
	}

	@Test
	void anOrganisationIsCorrectedThenADuplicateMergedIntoIt() {
		long kept = jdbc.queryForObject("select min(organisation_id) from participation", Long.class);
		long duplicate = jdbc.queryForObject("""
				insert into organisation (name, acronym, kind) values ('Duplicate for the merge test', 'DUPM', 'OTHER')
				returning id""", Long.class);
		long item = jdbc.queryForObject("""
				select min(id) from action_item i where not exists (
				    select 1 from participation p where p.action_item_id = i.id and p.organisation_id = ?)""",
				Long.class, kept);
		jdbc.update("insert into participation (action_item_id, organisation_id, role) values (?, ?, 'INTERESTED')",
				item, duplicate);
		Map<String, String> fields = CorrectionForms.fields(secretariat, "/organisations/" + kept + "/edit",
				"organisation-form");
		fields.put("aliases", fields.get("aliases") + "\nAnother spelling");

		assertThat(secretariat.submit("/organisations/" + kept + "/edit", "/organisations/" + kept + "/edit", fields)
			.statusCode()).isEqualTo(302);
		assertThat(count("select count(*) from organisation_alias where organisation_id = ? and alias = ?", kept,
				"Another spelling"))
			.isEqualTo(1);

		int mergesBefore = count(
				"select count(*) from audit_event where kind = 'ORGANISATIONS_MERGED' and subject_id = ?", kept);
		HttpResponse<String> merged = secretariat.submit("/organisations/" + kept + "/edit",
				"/organisations/" + kept + "/merge", Map.of("duplicate", String.valueOf(duplicate)));

		assertThat(merged.statusCode()).isEqualTo(302);
		assertThat(count("select count(*) from organisation where id = ?", duplicate)).isZero();
		assertThat(count("select count(*) from participation where action_item_id = ? and organisation_id = ?", item,
				kept))
			.isEqualTo(1);
		assertThat(count("select count(*) from organisation_alias where organisation_id = ? and alias in (?, ?)", kept,
				"Duplicate for the merge test", "DUPM"))
			.isEqualTo(2);
		assertThat(
				count("select count(*) from audit_event where kind = 'ORGANISATIONS_MERGED' and subject_id = ?", kept))
			.isEqualTo(mergesBefore + 1);
	}

	@Test
	void aFocalPointGetsNoEditLinkAndNoFormAndTheSecretariatSeesTheLinks() {
		long item = namedItemOf("CL");
		PortalClient focal = CorrectionForms.signedIn(port, accounts.focalPoint("CL"), "10.8.2.1");

		assertThat(Jsoup.parse(focal.get("/action-items/" + item).body()).getElementById("edit-item")).isNull();
		assertThat(focal.get("/action-items/" + item + "/edit").statusCode()).isEqualTo(403);
		assertThat(focal.get("/dialogues/new").statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(secretariat.get("/action-items/" + item).body()).getElementById("edit-item"))
			.isNotNull();
		assertThat(secretariat.get("/action-items/999999999/edit").statusCode()).isEqualTo(404);
		assertThat(secretariat.get("/action-items/abc/edit").statusCode()).isEqualTo(404);
	}

	private long namedItemOf(String country) {
		return jdbc.queryForObject(
				"""
						select min(a.id) from action_item a join item_participant ip on ip.action_item_id = a.id
						where ip.country_code = ? and a.state = 'ACTIVE' and a.openness = 'NAMED' and a.source_document_id is not null
						and not exists (select 1 from hand_correction h where h.subject_type = 'action_item' and h.subject_id = a.id)
						""",
				Long.class, country);
	}

	private String countryTakingNoPartIn(long item) {
		return jdbc.queryForObject("""
				select min(m.country_code) from alliance_membership m where not exists (
				    select 1 from item_participant ip where ip.action_item_id = ? and ip.country_code = m.country_code)
				""", String.class, item);
	}

	private static int firstBlankLine(Map<String, String> fields) {
		for (int i = 0;; i++) {
			String party = fields.get("participants[" + i + "].party");
			assertThat(party).as("a blank participant line").isNotNull();
			if (party.isEmpty()) {
				return i;
			}
		}
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	/** Everything a correction could write, as one text. */
	private String fingerprint() {
		return jdbc.queryForObject("""
				select concat_ws('/',
				    (select count(*) from audit_event), (select count(*) from hand_correction),
				    (select count(*) from participation), (select count(*) from action_item),
				    (select md5(string_agg(concat_ws('|', code, title, description, parent_id, category, policy_area_id,
				                           deadline_date, deadline_text), ',' order by id)) from action_item),
				    (select md5(string_agg(concat_ws('|', title, start_date, end_date, city, host_country_code), ','
				                           order by id)) from dialogue),
				    (select md5(string_agg(concat_ws('|', name, acronym, kind, country_code), ',' order by id))
				     from organisation))""", String.class);
	}

}
