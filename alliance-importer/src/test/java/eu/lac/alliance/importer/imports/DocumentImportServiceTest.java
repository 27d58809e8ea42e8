package eu.lac.alliance.importer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.ItemState;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ProgressUpdate;
import eu.lac.alliance.domain.progress.ProgressUpdateRepository;
import eu.lac.alliance.importer.ImporterTestApplication;
import eu.lac.alliance.persistence.testing.TestDatabases;

@SpringBootTest(classes = ImporterTestApplication.class)
class DocumentImportServiceTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	private static final String CHAIRS = "001_0a6d16b983599f06.txt";

	private static final String PRESS = "002_8101de193ffe7200.txt";

	@Autowired
	DocumentImportService importer;

	@Autowired
	ActionItemRepository items;

	@Autowired
	ProgressUpdateRepository progress;

	@Autowired
	CountryRepository countries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	/**
	 * Each test starts from reference data only: what imports add is removed. The
	 * application's role may not empty the progress log, so the test's own clean-up runs
	 * as the server's administrator.
	 */
	@BeforeEach
	void emptyDatabaseOfImportedData() {
		TestDatabases.executeAsAdministrator(databaseUrl, """
				truncate progress_review, progress_update, participation_agency, participation, action_item, co_lead,
				challenge, objective, dialogue_co_chair, dialogue_source, dialogue, organisation_group_member,
				organisation_group, alliance_membership, source_document cascade""");
		List<String> reference = ReferenceData.organisations(ReferenceData.countries())
			.stream()
			.map(Organisation::getName)
			.toList();
		jdbc.update("delete from organisation where not (name = any (?))", (Object) reference.toArray(String[]::new));
	}

	@Test
	void importingTheSameDocumentTwiceChangesNothingTheSecondTime() throws IOException {
		ImportReport first = importer.importDocument(CHAIRS, seed(CHAIRS), "test");
		Map<String, Long> after = rowCounts();

		ImportReport second = importer.importDocument("renamed-copy.txt", seed(CHAIRS), "test");

		assertThat(first.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
		assertThat(first.changes().get("actionItems").created()).isEqualTo(24);
		assertThat(second.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
		assertThat(second.changedAnything()).isFalse();
		assertThat(rowCounts()).isEqualTo(after);
	}

	@Test
	void aPressReleaseAboutTheSameDialogueEnrichesItInsteadOfCreatingASecondOne() throws IOException {
		importer.importDocument(CHAIRS, seed(CHAIRS), "test");
		ImportReport press = importer.importDocument(PRESS, seed(PRESS), "test");

		assertThat(press.matchedExistingDialogue()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from dialogue", Long.class)).isEqualTo(1);
		Map<String, Object> dialogue = jdbc.queryForMap(
				"select start_date, start_precision, end_date, city, host_country_code, participant_count from dialogue");
		assertThat(dialogue.get("start_date").toString()).isEqualTo("2024-02-14");
		assertThat(dialogue.get("start_precision")).isEqualTo("DAY");
		assertThat(dialogue.get("end_date").toString()).isEqualTo("2024-02-16");
		assertThat(dialogue.get("city")).isEqualTo("Santo Domingo");
		assertThat(dialogue.get("host_country_code")).isEqualTo("DO");
		assertThat(dialogue.get("participant_count")).isEqualTo(150);
		assertThat(jdbc.queryForObject("select count(*) from dialogue_source", Long.class)).isEqualTo(2);
	}

	@Test
	void aRevisedDocumentUpdatesMatchedItemsAddsNewOnesWithdrawsVanishedOnesAndKeepsProgress() throws IOException {
		importer.importDocument(CHAIRS, seed(CHAIRS), "test");
		ActionItem first = itemCoded("1");
		ActionItem twelfth = itemCoded("12");
		transactions.executeWithoutResult(
				status -> progress.save(new ProgressUpdate(items.findById(first.getId()).orElseThrow(),
						countries.findById("DO").orElseThrow(), CompletionStatus.SUBSTANTIAL, LocalDate.of(2025, 6, 1),
						"Workshop held", null, "focal.point@example.org", Instant.parse("2025-06-02T10:00:00Z"))));

		String revised = new String(seed(CHAIRS), StandardCharsets.UTF_8)
			.replace("aimed at strengthening cyber diplomacy.",
					"aimed at strengthening cyber diplomacy in both regions.")
			.replace("12. Support the development of a shared situational awareness",
					"12. Support the creation of a shared situational awareness");
		revised = revised.substring(0, revised.indexOf("Joint Initiatives\t<ol style=\"list-style-type: none\">12."));
		ImportReport report = importer.importDocument("001-revised.txt", revised.getBytes(StandardCharsets.UTF_8),
				"test");

		assertThat(report.matchedExistingDialogue()).isTrue();
		assertThat(report.changes().get("actionItems").withdrawn()).isEqualTo(1);
		assertThat(report.changes().get("actionItems").updated()).isGreaterThanOrEqualTo(1);
		ActionItem firstAfter = itemCoded("1");
		assertThat(firstAfter.getId()).isEqualTo(first.getId());
		assertThat(firstAfter.getDescription()).contains("in both regions");
		assertThat(progress.findByActionItemId(first.getId())).hasSize(1);
		assertThat(itemCoded("12").getId()).isEqualTo(twelfth.getId());
		assertThat(itemCoded("12").getState()).isEqualTo(ItemState.WITHDRAWN);
	}

	@Test
	void aRevisionThatInsertsAnActionRenumbersTheOthersAndTheirProgressFollowsThem() {
		String v1 = chairs(
				"1. Share national AI strategies and lessons learned.2. Map regulatory sandboxes across both regions."
						+ "3. Train market surveillance authorities on the AI Act.");
		importer.importDocument("ai-v1.txt", v1.getBytes(StandardCharsets.UTF_8), "test");
		ActionItem sandboxes = itemCoded("2");
		transactions.executeWithoutResult(
				status -> progress.save(new ProgressUpdate(items.findById(sandboxes.getId()).orElseThrow(),
						countries.findById("UY").orElseThrow(), CompletionStatus.LIMITED, LocalDate.of(2025, 9, 1),
						"Survey sent", null, "focal.point@example.org", Instant.parse("2025-09-02T10:00:00Z"))));

		String v2 = chairs(
				"1. Share national AI strategies and lessons learned.2. Create a joint EU-LAC observatory of AI incidents."
						+ "3. Map regulatory sandboxes across both regions.4. Train market surveillance authorities on the AI Act.");
		ImportReport report = importer.importDocument("ai-v2.txt", v2.getBytes(StandardCharsets.UTF_8), "test");

		assertThat(report.changes().get("actionItems").created()).isEqualTo(1);
		assertThat(report.changes().get("actionItems").withdrawn()).isZero();
		ActionItem moved = itemCoded("3");
		assertThat(moved.getId()).isEqualTo(sandboxes.getId());
		assertThat(moved.getTitle()).startsWith("Map regulatory sandboxes");
		assertThat(progress.findByActionItemId(moved.getId())).hasSize(1);
		assertThat(itemCoded("2").getTitle()).startsWith("Create a joint EU-LAC observatory");
		assertThat(itemCoded("4").getTitle()).startsWith("Train market surveillance");
	}

	private static String chairs(String actions) {
		return "Chairs' Conclusions\n\nThe EU-LAC High Level Dialogue on Artificial Intelligence, held in Montevideo (Uruguay) "
				+ "on 20-21 March 2025, was co-chaired by Uruguay and the European Commission.\n\n"
				+ "Overall objective of the Digital Alliance High-Level Policy Dialogue on AI\tHuman-centric AI in both regions.\n\n"
				+ "Action Area I: Governance\n\nSpecific objective\tConverge on AI governance.\n"
				+ "Information Sharing\t" + actions + "\n";
	}

	@Test
	void aDocumentThatCannotBeUnderstoodIsRejectedWithItsFileAndLineAndChangesNothing() throws IOException {
		importer.importDocument(CHAIRS, seed(CHAIRS), "test");
		Map<String, Long> before = rowCounts();

		assertThatThrownBy(() -> importer.importDocument("notes.txt",
				"Shopping list\n\nmilk\neggs\n".getBytes(StandardCharsets.UTF_8), "test"))
			.isInstanceOf(ImportRejected.class)
			.hasMessageContaining("notes.txt")
			.hasMessageContaining("line 1")
			.hasMessageContaining("Shopping list");
		assertThatThrownBy(() -> importer.importDocument("empty.txt", new byte[0], "test"))
			.isInstanceOf(ImportRejected.class)
			.hasMessageContaining("empty.txt");
		assertThatThrownBy(() -> importer.importDocument("image.png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R' }, "test"))
			.isInstanceOf(ImportRejected.class)
			.hasMessageContaining("image.png");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void aPreviewSaysWhatAnImportWouldDoAndWritesNothing() throws IOException {
		Map<String, Long> before = rowCounts();

		ImportReport preview = importer.preview(CHAIRS, seed(CHAIRS));

		assertThat(preview.outcome()).isEqualTo(ImportReport.Outcome.PREVIEW);
		assertThat(preview.changes().get("actionItems").created()).isEqualTo(24);
		assertThat(preview.changes().get("memberships").created()).isEqualTo(24);
		assertThat(rowCounts()).isEqualTo(before);
	}

	private ActionItem itemCoded(String code) {
		return transactions.execute(status -> items.findAll()
			.stream()
			.filter(item -> item.getCode().equals(code))
			.findFirst()
			.orElseThrow());
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> tables = jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'flyway_schema_history' order by 1",
				String.class);
		for (String table : tables) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private static byte[] seed(String name) throws IOException {
		return Files.readAllBytes(SEEDS.resolve(name));
	}

}
