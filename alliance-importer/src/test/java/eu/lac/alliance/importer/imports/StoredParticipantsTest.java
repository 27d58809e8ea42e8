package eu.lac.alliance.importer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.JoiningRefused;
import eu.lac.alliance.domain.actionitem.Participants;
import eu.lac.alliance.domain.country.AllianceMembershipRepository;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.policyarea.CoLeadRepository;
import eu.lac.alliance.importer.ImporterTestApplication;

/**
 * What the portal holds about who takes part once the five seeds are imported through the
 * real import service into real PostgreSQL: read back with SQL, not from the parser.
 */
@SpringBootTest(classes = ImporterTestApplication.class,
		properties = "alliance.test.context=stored-participants-own-database")
class StoredParticipantsTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	private static final String CHAIRS = "001_0a6d16b983599f06.txt";

	private static final String PRESS = "002_8101de193ffe7200.txt";

	private static final String FORUM = "004_308d54a85c3d8896.txt";

	/**
	 * Active items in which no country takes part (named on it or above it, or on its
	 * area's co-lead line in its dialogue) and which are not open to every member (nor is
	 * an item above them).
	 */
	private static final String ITEMS_NOBODY_MAY_REPORT_ON = """
			with recursive lineage (item_id, ancestor_id) as (
			    select id, id from action_item
			    union all
			    select l.item_id, a.parent_id from lineage l join action_item a on a.id = l.ancestor_id
			    where a.parent_id is not null)
			select i.dialogue_id || ':' || i.code from action_item i
			where i.state = 'ACTIVE'
			  and not exists (select 1 from lineage l join participation p on p.action_item_id = l.ancestor_id
			                  where l.item_id = i.id and p.country_code is not null)
			  and not exists (select 1 from co_lead c where c.dialogue_id = i.dialogue_id
			                  and c.policy_area_id = i.policy_area_id and c.country_code is not null)
			  and not exists (select 1 from lineage l join action_item a on a.id = l.ancestor_id
			                  where l.item_id = i.id and a.openness = 'OPEN_TO_MEMBERS')
			order by 1""";

	@Autowired
	DocumentImportService importer;

	@Autowired
	ActionItemRepository items;

	@Autowired
	AllianceMembershipRepository memberships;

	@Autowired
	CoLeadRepository coLeads;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * Each test starts from what the migrations hold: imported rows are deleted (not
	 * truncated, which would cascade to the Joint Declaration's memberships).
	 */
	@BeforeEach
	void removeImportedData() {
		for (String table : List.of("action_item_joining", "participation_agency", "participation", "action_item",
				"co_lead", "challenge", "objective", "dialogue_co_chair", "dialogue_source", "dialogue",
				"organisation_group_member", "organisation_group")) {
			jdbc.update("delete from " + table);
		}
		jdbc.update("delete from alliance_membership where basis <> 'JOINT_DECLARATION'");
		jdbc.update("delete from source_document");
		List<String> reference = ReferenceData.organisations(ReferenceData.countries())
			.stream()
			.map(Organisation::getName)
			.toList();
		jdbc.update("delete from organisation where not (name = any (?))", (Object) reference.toArray(String[]::new));
	}

	@Test
	void everyActiveItemOfTheSeedsHasAParticipatingCountryOrIsOpenToMembers() throws IOException {
		importSeeds();

		assertThat(jdbc.queryForList(ITEMS_NOBODY_MAY_REPORT_ON, String.class)).isEmpty();
		assertThat(count("select count(*) from action_item where state = 'ACTIVE'")).isEqualTo(83);
		String withoutOpenness = ITEMS_NOBODY_MAY_REPORT_ON.substring(0,
				ITEMS_NOBODY_MAY_REPORT_ON.lastIndexOf("and not exists")) + "order by 1";
		assertThat(jdbc.queryForList(withoutOpenness, String.class))
			.as("without openness: 001's 24 items but 7.a and 7.b, and 004's 6")
			.hasSize(28);
	}

	@Test
	void importingTheSeedsTwiceKeepsEveryItemReportableAndChangesNothing() throws IOException {
		importSeeds();
		Map<String, Object> before = storedCounts();

		List<ImportReport> second = importSeeds();

		assertThat(second).allSatisfy(report -> assertThat(report.changedAnything()).isFalse());
		assertThat(storedCounts()).isEqualTo(before);
		assertThat(jdbc.queryForList(ITEMS_NOBODY_MAY_REPORT_ON, String.class)).isEmpty();
	}

	@Test
	void aRevisedSeedKeepsEveryItemReportableAndItsItemsOpen() throws IOException {
		importSeeds();
		String revised = new String(seed(CHAIRS), StandardCharsets.UTF_8)
			.replace("aimed at strengthening cyber diplomacy.",
					"aimed at strengthening cyber diplomacy in both regions.")
			.replace("12. Support the development of a shared situational awareness",
					"12. Support the creation of a shared situational awareness");
		revised = revised.substring(0, revised.indexOf("Joint Initiatives\t<ol style=\"list-style-type: none\">12."))
				+ "Joint Initiatives\t<ol style=\"list-style-type: none\">12. Hold a yearly EU-LAC cyber exercise "
				+ "with national CSIRTs (BR, MX).\n";
		String forum = new String(seed(FORUM), StandardCharsets.UTF_8).replace(
				"- Confirmation that Forum inputs will inform the upcoming Connectivity Policy Dialogue in Chile.\n",
				"");

		ImportReport chairs = importer.importDocument("001-revised.txt", revised.getBytes(StandardCharsets.UTF_8),
				"test");
		ImportReport forumRevision = importer.importDocument("004-revised.txt", forum.getBytes(StandardCharsets.UTF_8),
				"test");

		assertThat(chairs.matchedExistingDialogue()).isTrue();
		assertThat(forumRevision.changes().get("actionItems").withdrawn()).isEqualTo(1);
		assertThat(jdbc.queryForList(ITEMS_NOBODY_MAY_REPORT_ON, String.class)).isEmpty();
		assertThat(count("""
				select count(*) from action_item i join dialogue d on d.id = i.dialogue_id
				where d.title like '%Cybersecurity%' and d.kind = 'HIGH_LEVEL_DIALOGUE' and i.state = 'ACTIVE'
				and i.openness = 'OPEN_TO_MEMBERS'""")).isEqualTo(24);
		assertThat(countriesOf("12", CHAIRS)).containsExactly("BR", "MX");
	}

	@Test
	void allTwentyFourItemsOfTheChairsConclusionsAreOpenToEveryMember() throws IOException {
		importSeeds();

		assertThat(jdbc.queryForList("""
				select i.openness, count(*) from action_item i join dialogue d on d.id = i.dialogue_id
				where d.kind = 'HIGH_LEVEL_DIALOGUE' and d.title like '%Cybersecurity%'
				  and i.source_document_id = (select id from source_document where file_name = ?)
				group by i.openness""", CHAIRS)).containsExactly(Map.of("openness", "OPEN_TO_MEMBERS", "count", 24L));
		assertThat(count("""
				select count(*) from action_item i join source_document s on s.id = i.source_document_id
				where s.file_name = ? and i.openness = 'OPEN_TO_MEMBERS'""", FORUM)).isEqualTo(6);
		assertThat(count("select count(*) from action_item where openness = 'OPEN_TO_MEMBERS'")).isEqualTo(30);
	}

	@Test
	void theCodesTheChairsConclusionsNameBecomeParticipations() throws IOException {
		importSeeds();

		assertThat(partiesOf("7.a")).containsExactly("EU", "EE");
		assertThat(partiesOf("7.b")).containsExactly("CZ", "FR", "ES", "EE");
		assertThat(partiesOf("7.d")).as("ENISA and EU CyberNet/LAC4 are organisations named in passing").isEmpty();
		assertThat(jdbc.queryForList("""
				select coalesce(c.country_code, o.acronym) from dialogue_co_chair c
				left join organisation o on o.id = c.organisation_id
				join dialogue d on d.id = c.dialogue_id where d.kind = 'HIGH_LEVEL_DIALOGUE' order by c.id""",
				String.class))
			.containsExactly("DO", "EC");
	}

	@Test
	void theEuMemberStatesAreMembersByTheJointDeclarationBesideTheDocumentedLacMembers() throws IOException {
		long before = count("select count(*) from alliance_membership");
		importSeeds();

		assertThat(before).isEqualTo(27);
		assertThat(count("select count(*) from alliance_membership")).isGreaterThanOrEqualTo(51);
		assertThat(count("""
				select count(*) from alliance_membership m join country c on c.code = m.country_code
				where m.basis = 'JOINT_DECLARATION' and c.region = 'EU_MEMBER_STATE' and m.joined_year = 2023
				  and m.source_document_id is null""")).isEqualTo(27);
		assertThat(count("""
				select count(*) from alliance_membership m join country c on c.code = m.country_code
				where m.basis = 'STATED_BY_DOCUMENT' and c.region = 'LATIN_AMERICA_CARIBBEAN'
				  and m.source_document_id is not null""")).isEqualTo(24);
		assertThat(jdbc.queryForObject("select basis from alliance_membership where country_code = 'ES'", String.class))
			.isEqualTo("JOINT_DECLARATION");
	}

	@Test
	void aMemberJoiningAnOpenItemIsStoredWithWhoAndWhenAndMakesItsCountryTakePart() throws IOException {
		importSeeds();
		Long itemId = itemId("3", CHAIRS);
		assertThat(countriesOf("3", CHAIRS)).doesNotContain("DO");
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		join(itemId, "DO", "focal.point.do@example.org");

		Map<String, Object> row = jdbc.queryForMap(
				"select country_code, joined_by, joined_at from action_item_joining where action_item_id = ?", itemId);
		assertThat(row).containsEntry("country_code", "DO").containsEntry("joined_by", "focal.point.do@example.org");
		assertThat(((Timestamp) row.get("joined_at")).toInstant()).isAfterOrEqualTo(before.minusSeconds(1));
		assertThat(countriesOf("3", CHAIRS)).contains("DO");
		Boolean mayLog = transactions.execute(status -> {
			ActionItem item = items.findById(itemId).orElseThrow();
			Country dominicanRepublic = memberships.findByCountryCode("DO").orElseThrow().getCountry();
			return Participants.mayLog(dominicanRepublic, item, coLeads.findByDialogueId(item.getDialogue().getId()));
		});
		assertThat(mayLog).isTrue();
	}

	@Test
	void aSecondJoiningByOneCountryIsRefusedByTheModelAndByTheDatabase() throws IOException {
		importSeeds();
		Long itemId = itemId("3", CHAIRS);
		join(itemId, "ES", "focal.point.es@example.org");

		assertThatThrownBy(() -> join(itemId, "ES", "another.account@example.org")).isInstanceOf(JoiningRefused.class)
			.hasMessageContaining("already joined");
		assertThatThrownBy(() -> jdbc.update(
				"insert into action_item_joining (action_item_id, country_code, joined_by) values (?, 'ES', 'x')",
				itemId))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(count("select count(*) from action_item_joining where action_item_id = ?", itemId)).isEqualTo(1);
	}

	@Test
	void aCountryWithoutMembershipOrAnItemForNamedPartiesOnlyCannotBeJoined() throws IOException {
		importSeeds();
		Long openItem = itemId("3", CHAIRS);
		Long namedItem = jdbc.queryForObject(
				"select min(id) from action_item where openness = 'NAMED' and state = 'ACTIVE'", Long.class);

		assertThat(memberships.findByCountryCode("CU")).isEmpty();
		assertThatThrownBy(() -> transactions
			.executeWithoutResult(status -> items.findById(openItem).orElseThrow().join(null, "someone")))
			.isInstanceOf(JoiningRefused.class);
		assertThatThrownBy(() -> join(namedItem, "DO", "focal.point.do@example.org")).isInstanceOf(JoiningRefused.class)
			.hasMessageContaining("limited to the parties");
		assertThat(count("select count(*) from action_item_joining")).isZero();
	}

	@Test
	void theChairsConclusionsContradictingTheirFootnoteIsAWarningNamingTheLine() throws IOException {
		ImportReport chairs = importer.importDocument(CHAIRS, seed(CHAIRS), "test");

		assertThat(chairs.warnings()).anySatisfy(warning -> assertThat(warning).startsWith("line 9: says 21 ")
			.contains("lists 20 countries that joined in 2023"));
		assertThat(chairs.warnings()).noneSatisfy(warning -> assertThat(warning).contains("says 20 "));
	}

	@Test
	void overOneHundredAndFiftyParticipantsKeepsItsOver() throws IOException {
		importer.importDocument(CHAIRS, seed(CHAIRS), "test");
		importer.importDocument(PRESS, seed(PRESS), "test");

		assertThat(jdbc.queryForMap("select participant_count, participant_count_qualifier from dialogue"))
			.containsEntry("participant_count", 150)
			.containsEntry("participant_count_qualifier", "OVER");
	}

	@Test
	void theForumsItemsAreOpenedByTheOneRuleWithAWarningEach() throws IOException {
		ImportReport forum = importer.importDocument(FORUM, seed(FORUM), "test");

		assertThat(forum.warnings().stream().filter(w -> w.contains("recorded as open to every member"))).hasSize(6);
		assertThat(count("select count(*) from action_item where openness = 'OPEN_TO_MEMBERS'")).isEqualTo(6);
	}

	private void join(Long itemId, String countryCode, String account) {
		transactions.executeWithoutResult(status -> items.findById(itemId)
			.orElseThrow()
			.join(memberships.findByCountryCode(countryCode).orElse(null), account));
	}

	/** The item coded {@code code} in the dialogue that {@code document} describes. */
	private Long itemId(String code, String document) {
		return jdbc.queryForObject("""
				select i.id from action_item i join dialogue_source ds on ds.dialogue_id = i.dialogue_id
				join source_document s on s.id = ds.source_document_id where i.code = ? and s.file_name = ?""",
				Long.class, code, document);
	}

	/** The countries the domain's rule says take part in an item, read from the store. */
	private List<String> countriesOf(String code, String document) {
		Long id = itemId(code, document);
		return transactions.execute(status -> {
			ActionItem item = items.findById(id).orElseThrow();
			return new ArrayList<>(Participants.countriesOf(item, coLeads.findByDialogueId(item.getDialogue().getId()))
				.stream()
				.map(Country::getCode)
				.toList());
		});
	}

	private List<String> partiesOf(String code) {
		return jdbc.queryForList("""
				select coalesce(p.country_code, o.acronym) from participation p
				left join organisation o on o.id = p.organisation_id
				where p.action_item_id = ? order by p.id""", String.class, itemId(code, CHAIRS));
	}

	private Map<String, Object> storedCounts() {
		return jdbc.queryForMap(
				"""
						select (select count(*) from action_item) as items, (select count(*) from participation) as participations,
						       (select count(*) from alliance_membership) as members,
						       (select count(*) from action_item where openness = 'OPEN_TO_MEMBERS') as open_items""");
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private List<ImportReport> importSeeds() throws IOException {
		List<ImportReport> reports = new ArrayList<>();
		try (var files = Files.list(SEEDS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				reports.add(importer.importDocument(file.getFileName().toString(), Files.readAllBytes(file), "test"));
			}
		}
		return reports;
	}

	private static byte[] seed(String name) throws IOException {
		return Files.readAllBytes(SEEDS.resolve(name));
	}

}
