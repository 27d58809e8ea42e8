package eu.lac.alliance.importer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.Participation;
import eu.lac.alliance.domain.correction.Corrections;
import eu.lac.alliance.domain.correction.ItemChanges;
import eu.lac.alliance.domain.correction.ParticipantChoice;
import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.importer.ImporterTestApplication;
import eu.lac.alliance.persistence.testing.TestDatabases;

/**
 * A revised document does not silently overwrite what a person corrected: the seed is
 * imported, an item's title corrected by hand, then a revised copy that words that title
 * differently is previewed and imported. The conflict is reported; the hand value stays
 * unless the admin takes the document's.
 */
@SpringBootTest(classes = ImporterTestApplication.class)
class HandCorrectionConflictTest {

	private static final String CHAIRS = "001_0a6d16b983599f06.txt";

	private static final String HAND_TITLE = "Identify priorities for cyber diplomacy (title corrected by hand)";

	private static final Actor SECRETARIAT = new Actor("sec-corrector", Role.SECRETARIAT, null);

	@Autowired
	DocumentImportService importer;

	@Autowired
	Corrections corrections;

	@Autowired
	ActionItemRepository items;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@BeforeEach
	void emptyDatabaseOfImportedData() {
		TestDatabases.executeAsAdministrator(databaseUrl, """
				truncate hand_correction, item_country_status, item_progress, progress_review, progress_update,
				participation_agency, participation, action_item, co_lead, challenge, objective, dialogue_co_chair,
				dialogue_source, dialogue, organisation_group_member, organisation_group, alliance_membership,
				source_document cascade""");
		List<String> reference = ReferenceData.organisations(ReferenceData.countries())
			.stream()
			.map(Organisation::getName)
			.toList();
		jdbc.update("delete from organisation where not (name = any (?))", (Object) reference.toArray(String[]::new));
	}

	@Test
	void aRevisedTitleIsReportedAsAConflictAndTheHandTitleIsKeptByDefault() throws IOException {
		long item = importSeedAndCorrectTheFirstTitle();
		String before = title(item);

		ImportReport preview = importer.preview("001-revised.txt", revised());

		assertThat(preview.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.itemId()).isEqualTo(item);
			assertThat(conflict.itemCode()).isEqualTo("1");
			assertThat(conflict.field()).isEqualTo("title");
			assertThat(conflict.handValue()).isEqualTo(HAND_TITLE);
			assertThat(conflict.documentValue()).startsWith("Identify shared priorities");
			assertThat(conflict.correctedBy()).isEqualTo("sec-corrector");
			assertThat(conflict.correctedAt()).isNotNull();
			assertThat(conflict.documentTaken()).isFalse();
		});
		assertThat(title(item)).as("a preview writes nothing").isEqualTo(before).isEqualTo(HAND_TITLE);

		ImportReport imported = importer.importDocument("001-revised.txt", revised(), "admin");

		assertThat(imported.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
		assertThat(imported.conflicts()).singleElement()
			.satisfies(conflict -> assertThat(conflict.documentTaken()).isFalse());
		assertThat(title(item)).isEqualTo(HAND_TITLE);
		assertThat(jdbc.queryForObject(
				"select count(*) from hand_correction where subject_type = 'action_item' and subject_id = ? "
						+ "and field = 'title'",
				Integer.class, item))
			.as("the title stays corrected by hand")
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from source_document", Integer.class)).isEqualTo(2);
	}

	@Test
	void theAdminCanTakeTheDocumentsValueAndTheFieldFollowsItsDocumentAgain() throws IOException {
		long item = importSeedAndCorrectTheFirstTitle();

		ImportReport imported = importer.importDocument("001-revised.txt", revised(), "admin",
				Set.of(new ImportReport.FieldChoice(item, "title")));

		assertThat(imported.conflicts()).singleElement()
			.satisfies(conflict -> assertThat(conflict.documentTaken()).isTrue());
		assertThat(title(item)).startsWith("Identify shared priorities");
		assertThat(jdbc.queryForObject(
				"select count(*) from hand_correction where subject_type = 'action_item' and subject_id = ?",
				Integer.class, item))
			.isZero();
	}

	@Test
	void aRevisionThatLeavesTheCorrectedFieldAsTheHandValueIsNoConflict() throws IOException {
		long item = importSeedAndCorrectTheFirstTitle();
		String agreeing = new String(seed(), StandardCharsets.UTF_8).replace(
				"1. Identify priorities and share good practices aimed at strengthening cyber diplomacy.",
				"1. " + HAND_TITLE + ".");

		ImportReport imported = importer.importDocument("001-agreeing.txt", agreeing.getBytes(StandardCharsets.UTF_8),
				"admin");

		assertThat(imported.conflicts()).isEmpty();
		assertThat(title(item)).startsWith(HAND_TITLE);
	}

	private long importSeedAndCorrectTheFirstTitle() throws IOException {
		importer.importDocument(CHAIRS, seed(), "admin");
		long item = jdbc.queryForObject("select id from action_item where code = '1'", Long.class);
		ItemChanges changes = transactions.execute(status -> sameAs(items.findById(item).orElseThrow(), HAND_TITLE));
		assertThat(corrections.editItem(SECRETARIAT, item, changes)).containsExactly("title");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'ITEM_EDITED' "
				+ "and subject_id = ? and after_state ->> 'title' = ?", Integer.class, item, HAND_TITLE))
			.isEqualTo(1);
		return item;
	}

	/** Everything as the item has it, but the title. */
	private static ItemChanges sameAs(ActionItem item, String title) {
		return new ItemChanges(item.getCode(), title, item.getDescription(),
				item.getParent() == null ? null : item.getParent().getId(), item.getCategory(),
				item.getPolicyArea().getId(), item.getDeadline() == null ? null : item.getDeadline().dueOn(),
				item.getDeadline() == null ? null : item.getDeadline().wording(),
				item.getParticipations().stream().map(HandCorrectionConflictTest::choice).toList());
	}

	private static ParticipantChoice choice(Participation p) {
		return new ParticipantChoice(p.getCountry() == null ? null : p.getCountry().getCode(),
				p.getOrganisation() == null ? null : p.getOrganisation().getId(),
				p.getGroup() == null ? null : p.getGroup().getId(), p.getRole(),
				p.getAgencies().stream().map(Organisation::getName).toList());
	}

	private String title(long item) {
		return jdbc.queryForObject("select title from action_item where id = ?", String.class, item);
	}

	private static byte[] revised() throws IOException {
		return new String(seed(), StandardCharsets.UTF_8)
			.replace("1. Identify priorities and share good practices",
					"1. Identify shared priorities and share good practices")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] seed() throws IOException {
		return Files.readAllBytes(Path.of("..", "seeds", CHAIRS));
	}

}
