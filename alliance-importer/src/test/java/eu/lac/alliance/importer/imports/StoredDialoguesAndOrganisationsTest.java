package eu.lac.alliance.importer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.importer.ImporterTestApplication;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.persistence.testing.TestDatabases;

/**
 * What the database holds after the five seeds are imported through the real service: the
 * facts a secretariat would check, queried from the tables, not from the parser.
 */
@SpringBootTest(classes = ImporterTestApplication.class)
class StoredDialoguesAndOrganisationsTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	private static final String CHAIRS = "001_0a6d16b983599f06.txt";

	private static final String CYBER = "EU-LAC High Level Dialogue on Cybersecurity";

	private static final String FORUM = "EU-LAC Multi-Stakeholder Forum on Cybersecurity and Secure Connectivity";

	@Autowired
	DocumentImportService importer;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	/**
	 * Each test starts from reference data only; the application's role may not empty the
	 * log, so the clean-up runs as the server's administrator.
	 */
	@BeforeEach
	void emptyDatabaseOfImportedData() {
		TestDatabases.executeAsAdministrator(databaseUrl, """
				truncate progress_review, progress_update, participation_agency, participation, action_item_deadline,
				action_item, co_lead, challenge, objective, dialogue_co_chair, dialogue_theme, dialogue_policy_area,
				dialogue_source, dialogue, organisation_group_member, organisation_group, alliance_membership,
				source_document cascade""");
		List<String> reference = ReferenceData.organisations(ReferenceData.countries())
			.stream()
			.map(Organisation::getName)
			.toList();
		jdbc.update("delete from organisation where not (name = any (?))", (Object) reference.toArray(String[]::new));
	}

	@Test
	void theSeedsAreStoredAsASecretariatWouldRecordThem() throws IOException {
		List<ImportReport> reports = importSeeds();

		assertStoredFacts(reports);
	}

	@Test
	void importingTheSeedsTwiceStoresTheSameFacts() throws IOException {
		List<ImportReport> reports = importSeeds();
		long organisations = count("select count(*) from organisation");

		List<ImportReport> again = importSeeds();

		assertThat(again).allMatch(report -> report.outcome() == ImportReport.Outcome.UNCHANGED);
		assertThat(count("select count(*) from organisation")).isEqualTo(organisations);
		assertStoredFacts(reports);
	}

	@Test
	void aRevisionOfTheChairsConclusionsKeepsWhatThePressReleaseAdded() throws IOException {
		List<ImportReport> reports = importSeeds();
		String revised = Files.readString(SEEDS.resolve(CHAIRS))
			.replace("aimed at strengthening cyber diplomacy.",
					"aimed at strengthening cyber diplomacy in both regions.");

		ImportReport revision = importer.importDocument("001-revised.txt", revised.getBytes(StandardCharsets.UTF_8),
				"test");

		assertThat(revision.matchedExistingDialogue()).isTrue();
		assertThat(revision.changes().get("actionItems").updated()).isEqualTo(1);
		assertStoredFacts(reports);
	}

	@Test
	void twoOrganisationsWithTheSameNameInDifferentCountriesAreBothStoredButNotTwiceInOneCountry() {
		jdbc.update(
				"insert into organisation (name, kind, country_code) values ('Environment Ministry', 'NATIONAL_AGENCY', 'PA')");
		jdbc.update(
				"insert into organisation (name, kind, country_code) values ('Environment Ministry', 'NATIONAL_AGENCY', 'DO')");

		assertThat(count("select count(*) from organisation where name = 'Environment Ministry'")).isEqualTo(2);
		assertThatThrownBy(() -> jdbc.update(
				"insert into organisation (name, kind, country_code) values ('environment ministry', 'OTHER', 'PA')"))
			.isInstanceOf(DataIntegrityViolationException.class);
		jdbc.update("insert into organisation (name, kind) values ('Nameless Network', 'OTHER')");
		assertThatThrownBy(
				() -> jdbc.update("insert into organisation (name, kind) values ('NAMELESS NETWORK', 'OTHER')"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private void assertStoredFacts(List<ImportReport> reports) {
		assertThat(jdbc.queryForList("""
				select c.person from dialogue_co_chair c join dialogue d on d.id = c.dialogue_id
				where d.title = ? order by c.id""", String.class, CYBER))
			.containsExactlyInAnyOrder("Vice Minister José Montilla", "Felice Zaccheo");
		assertThat(jdbc.queryForList("""
				select o.code from objective o join dialogue d on d.id = o.dialogue_id
				where d.title = ? and o.scope = 'ACTION_AREA' order by o.code""", String.class, CYBER))
			.containsExactly("I", "II", "III");
		assertThat(jdbc.queryForList("""
				select t.name from dialogue_theme t join dialogue d on d.id = t.dialogue_id
				where d.title = ? order by t.position""", String.class, CYBER)).containsExactly(
				"workforce capacity building", "multi-stakeholder cooperation", "strengthened cyber ecosystems",
				"secure connectivity");
		assertThat(count("""
				select count(*) from objective a join objective o on o.dialogue_id = a.dialogue_id
				where a.scope = 'POLICY_AREA' and o.scope = 'OVERALL' and lower(a.text) = lower(o.text)""")).isZero();
		assertThat(jdbc.queryForList("select code from action_item where objective_id is null", String.class))
			.isEmpty();
		assertThat(jdbc.queryForList("""
				select p.name from dialogue_policy_area dp join dialogue d on d.id = dp.dialogue_id
				join policy_area p on p.id = dp.policy_area_id where d.title = ? order by p.name""", String.class,
				FORUM))
			.containsExactly("Connectivity", "Cybersecurity");

		assertThat(jdbc.queryForList("""
				select name from organisation where name ilike '%scalac%' or acronym ilike '%scalac%'
				union all select alias from organisation_alias a where alias ilike 'scalac members'""", String.class))
			.containsExactly("Advanced Computing System of Latin America and the Caribbean");
		assertThat(count("""
				select count(*) from participation p join organisation_group g on g.id = p.party_group_id
				where g.name = 'SCALAC members'""")).isEqualTo(12);
		assertThat(jdbc.queryForList("""
				select coalesce(o.acronym, o.name) || ' ' || o.kind from organisation_group_member m
				join organisation_group g on g.id = m.group_id join organisation o on o.id = m.organisation_id
				where g.name = 'SCALAC members'""", String.class)).hasSize(19)
			.contains("UBA ACADEMIA", "UNAM ACADEMIA", "UFRGS ACADEMIA", "Uniandes ACADEMIA", "CINVESTAV ACADEMIA",
					"CEDIA RESEARCH_NETWORK", "LaRedCCA RESEARCH_NETWORK", "RedMexSu RESEARCH_NETWORK",
					"SCALAC RESEARCH_NETWORK");
		assertThat(jdbc.queryForList("select name from organisation where name like '%(%)'", String.class)).isEmpty();
		assertThat(count("""
				select count(*) from organisation_group_member m join organisation_group g on g.id = m.group_id
				join country c on c.code = m.country_code
				where g.name = 'EU Member States' and c.region = 'EU_MEMBER_STATE'""")).isEqualTo(27);
		assertThat(count("""
				select count(*) from co_lead c join organisation_group g on g.id = c.party_group_id
				where g.name = 'EU Member States'""")).isEqualTo(2);
		assertThat(count("""
				select count(*) from participation p join organisation o on o.id = p.organisation_id
				where o.name = 'EU Member States'""")).isZero();

		assertThat(jdbc.queryForList("""
				select coalesce(o.acronym, o.name) from co_lead c join organisation o on o.id = c.organisation_id
				join dialogue d on d.id = c.dialogue_id where d.title = ? and c.role = 'ACTOR'""", String.class, FORUM))
			.contains("Telefónica", "Nokia", "Ericsson", "IDB", "AECID", "AFD", "RedCLARA", "APC", "LAC4", "DG INTPA",
					"DG CONNECT", "EC");
		assertThat(jdbc.queryForList(
				"""
						select o.name from co_lead c join organisation o on o.id = c.organisation_id
						where c.role = 'ACTOR' and o.kind = 'CIVIL_SOCIETY' and c.note like 'civil-society organisation heard%'""",
				String.class))
			.containsExactlyInAnyOrder("Cooperativa Sula Batsú", "Electronic Frontier Foundation", "TEDIC",
					"Wikimedia Foundation", "YouthLACIGF", "Derechos Digitales", "Access Now");
		for (ImportReport report : reports) {
			String warnings = String.join("\n", report.warnings());
			for (ParsedOrganisation named : report.parsed().organisations()) {
				if (named.name().equals("EU Member States")) {
					continue;
				}
				// "LaRedCCA (RENATA)" is stored without the acronym in brackets
				String storedName = named.name().replaceAll("\\s*\\([^()]*\\)$", "");
				boolean referenced = count(
						"""
								select count(*) from organisation o where (lower(o.name) = lower(?) or lower(o.acronym) = lower(?)
								or exists (select 1 from organisation_alias a where a.organisation_id = o.id and lower(a.alias) = lower(?))) and (
								exists (select 1 from participation p where p.organisation_id = o.id)
								or exists (select 1 from participation_agency p where p.organisation_id = o.id)
								or exists (select 1 from co_lead p where p.organisation_id = o.id)
								or exists (select 1 from dialogue_co_chair p where p.organisation_id = o.id)
								or exists (select 1 from organisation_group_member p where p.organisation_id = o.id))""",
						storedName, storedName, storedName) > 0;
				assertThat(referenced || warnings.contains(named.name()))
					.as("%s names %s: linked to a record or named in a warning", report.fileName(), named.name())
					.isTrue();
			}
		}
		assertThat(
				count("""
						select count(*) from organisation o where not (o.name = any (?)) and not exists (select 1 from participation p where p.organisation_id = o.id)
						and not exists (select 1 from participation_agency p where p.organisation_id = o.id)
						and not exists (select 1 from co_lead p where p.organisation_id = o.id)
						and not exists (select 1 from dialogue_co_chair p where p.organisation_id = o.id)
						and not exists (select 1 from organisation_group_member p where p.organisation_id = o.id)""",
						(Object) referenceNames()))
			.as("organisations the imports created and linked to nothing")
			.isZero();

		assertThat(jdbc.queryForMap(
				"""
						select a.deadline_date, a.deadline_text, x.deadline_date as further_date, x.deadline_text as further_text
						from action_item a join dialogue d on d.id = a.dialogue_id
						join action_item_deadline x on x.action_item_id = a.id where d.title = ? and a.code = 'C2'""",
				FORUM))
			.containsEntry("deadline_text", "in November 2024")
			.containsEntry("further_text", "in 2025");
	}

	private static String[] referenceNames() {
		return ReferenceData.organisations(ReferenceData.countries())
			.stream()
			.map(Organisation::getName)
			.toArray(String[]::new);
	}

	private List<ImportReport> importSeeds() throws IOException {
		List<ImportReport> reports = new ArrayList<>();
		try (var files = Files.list(SEEDS)) {
			for (Path seed : files.sorted().toList()) {
				reports.add(importer.importDocument(seed.getFileName().toString(), Files.readAllBytes(seed), "test"));
			}
		}
		assertThat(reports).extracting(ImportReport::fileName).hasSize(5);
		return reports;
	}

	private long count(String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Long.class, arguments);
	}

}
