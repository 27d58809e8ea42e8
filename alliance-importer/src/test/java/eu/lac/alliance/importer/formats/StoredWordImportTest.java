package eu.lac.alliance.importer.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.importer.ImporterTestApplication;
import eu.lac.alliance.importer.imports.DocumentImportService;
import eu.lac.alliance.importer.imports.ImportReport;
import eu.lac.alliance.importer.spreadsheet.SpreadsheetTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing the Word versions of the five seeds stores what importing the text seeds
 * stores: read back from PostgreSQL with SQL, row for row.
 */
@SpringBootTest(classes = ImporterTestApplication.class,
		properties = "alliance.test.context=stored-word-import-own-database")
class StoredWordImportTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	/** What the portal holds, each row without ids, so two imports can be compared. */
	private static final Map<String, String> STORED = new LinkedHashMap<>();

	static {
		STORED.put("dialogues", """
				select concat_ws(' | ', title, kind, start_date, start_precision, end_date, end_precision, city,
				    host_country_code, participant_count) from dialogue order by 1""");
		STORED.put("policy areas", "select name from policy_area order by 1");
		STORED.put("objectives", """
				select concat_ws(' | ', d.title, o.code, o.title, o.text) from objective o
				join dialogue d on d.id = o.dialogue_id order by 1""");
		STORED.put("co-leads", """
				select concat_ws(' | ', d.title, pa.name, c.country_code, org.name, c.role) from co_lead c
				join dialogue d on d.id = c.dialogue_id join policy_area pa on pa.id = c.policy_area_id
				left join organisation org on org.id = c.organisation_id order by 1""");
		STORED.put("items", """
				select concat_ws(' | ', d.title, i.code, i.title, i.description, i.category, pa.name, p.code,
				    i.deadline_date, i.deadline_text, i.state, i.openness) from action_item i
				join dialogue d on d.id = i.dialogue_id join policy_area pa on pa.id = i.policy_area_id
				left join action_item p on p.id = i.parent_id order by 1""");
		STORED.put("participants", """
				select concat_ws(' | ', d.title, i.code, pt.country_code, org.name, pt.role, pt.wording)
				from participation pt join action_item i on i.id = pt.action_item_id
				join dialogue d on d.id = i.dialogue_id left join organisation org on org.id = pt.organisation_id
				order by 1""");
		STORED.put("organisations",
				"select concat_ws(' | ', name, acronym, kind, country_code) from organisation order by 1");
		STORED.put("memberships", """
				select concat_ws(' | ', country_code, joined_year, basis) from alliance_membership
				where basis <> 'JOINT_DECLARATION' order by 1""");
	}

	@Autowired
	DocumentImportService importer;

	@Autowired
	JdbcTemplate jdbc;

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
	void importingTheWordVersionsOfTheSeedsStoresWhatTheTextSeedsStore() throws IOException {
		importSeeds(null, ".txt");
		Map<String, List<String>> fromText = stored();
		removeImportedData();

		List<ImportReport> reports = importSeeds(SeedDocuments::docx, ".docx");
		Map<String, List<String>> fromWord = stored();

		assertThat(reports).extracting(ImportReport::outcome).containsOnly(ImportReport.Outcome.IMPORTED);
		fromText.forEach((kind, rows) -> {
			System.out.printf("stored from DOCX: %s %d, from text %d%n", kind, fromWord.get(kind).size(), rows.size());
			assertThat(fromWord.get(kind)).as(kind).containsExactlyElementsOf(rows);
		});
		assertThat(jdbc.queryForList("select distinct encoding from source_document", String.class))
			.containsExactly("DOCX");
		assertThat(jdbc.queryForObject("select text from source_document where file_name like '001%'", String.class))
			.startsWith("Chairs' Conclusions\n\nThe EU-LAC High Level Dialogue on Cybersecurity");
	}

	@Test
	void aFilledSpreadsheetTemplateIsPreviewedAndImportedLikeAnyDocument() throws IOException {
		byte[] csv = ("\uFEFF" + String.join(",", SpreadsheetTemplate.headers()) + "\n"
				+ "Connectivity dialogue,2025-06-12,2025-06-13,Panama City,Panama,Connectivity,1,,"
				+ "Map the submarine cables,,Q2 2026,Panama,Chile,,RedCLARA\n"
				+ "Connectivity dialogue,,,,,,2,1,Caribbean landings,,,,Jamaica,,\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		ImportReport preview = importer.preview("filled.csv", csv);
		assertThat(preview.layout()).isEqualTo("spreadsheet-template");
		assertThat(jdbc.queryForObject("select count(*) from action_item", Integer.class)).isZero();

		importer.importDocument("filled.csv", csv, "test");
		assertThat(jdbc.queryForList(STORED.get("items"), String.class)).hasSize(2)
			.first()
			.asString()
			.startsWith("Connectivity dialogue | 1 | Map the submarine cables");
		assertThat(jdbc.queryForList(STORED.get("participants"), String.class)).hasSize(4);
		assertThat(jdbc.queryForObject(
				"select concat_ws(' | ', title, city, host_country_code, start_date) from dialogue", String.class))
			.isEqualTo("Connectivity dialogue | Panama City | PA | 2025-06-12");
	}

	private List<ImportReport> importSeeds(Function<String, byte[]> format, String extension) throws IOException {
		List<ImportReport> reports = new ArrayList<>();
		try (var files = Files.list(SEEDS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				byte[] bytes = extension.equals(".txt") ? Files.readAllBytes(file)
						: format.apply(Files.readString(file));
				String name = file.getFileName().toString().replace(".txt", extension);
				reports.add(importer.importDocument(name, bytes, "test"));
			}
		}
		return reports;
	}

	private Map<String, List<String>> stored() {
		Map<String, List<String>> stored = new LinkedHashMap<>();
		STORED.forEach((kind, sql) -> stored.put(kind, jdbc.queryForList(sql, String.class)));
		return stored;
	}

}
