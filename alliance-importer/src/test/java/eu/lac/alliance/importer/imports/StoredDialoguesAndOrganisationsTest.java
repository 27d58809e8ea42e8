package eu.lac.alliance.importer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.importer.ImporterTestApplication;

@SpringBootTest(classes = ImporterTestApplication.class)
class StoredDialoguesAndOrganisationsTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	@Autowired
	DocumentImportService importer;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabaseOfImportedData() {
		jdbc.execute("""
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
	void dump() throws IOException {
		List<String> warnings = new java.util.ArrayList<>();
		try (var files = Files.list(SEEDS)) {
			for (Path seed : files.sorted().toList()) {
				warnings.addAll(importer.importDocument(seed.getFileName().toString(), Files.readAllBytes(seed), "test")
					.warnings());
			}
		}
		StringBuilder out = new StringBuilder();
		for (String q : List.of("select count(*) from dialogue", "select count(*) from action_item",
				"select count(*) from participation", "select count(*) from organisation",
				"select count(*) from objective",
				"select count(*) from organisation o where not exists (select 1 from participation p where p.organisation_id=o.id) and not exists (select 1 from participation_agency p where p.organisation_id=o.id) and not exists (select 1 from co_lead p where p.organisation_id=o.id) and not exists (select 1 from dialogue_co_chair p where p.organisation_id=o.id) and not exists (select 1 from organisation_group_member p where p.organisation_id=o.id)",
				"select string_agg(id||' '||title||' '||kind, E'\\n') from dialogue",
				"select string_agg(d.title||' | '||coalesce(c.country_code,'')||coalesce(o.name,'')||' | '||coalesce(c.person,'-'), E'\\n') from dialogue_co_chair c join dialogue d on d.id=c.dialogue_id left join organisation o on o.id=c.organisation_id",
				"select string_agg(o.dialogue_id||' '||o.scope||' '||coalesce(o.code,'-')||' '||p.name||' '||o.first_line||' '||left(o.text,60), E'\\n' order by o.dialogue_id, o.id) from objective o join policy_area p on p.id=o.policy_area_id",
				"select string_agg(a.dialogue_id||' '||a.code||' obj='||coalesce(o.code, o.scope, '-')||' '||coalesce(a.deadline_text,''), E'\\n' order by a.id) from action_item a left join objective o on o.id=a.objective_id",
				"select string_agg(o.id||' '||o.name||' | '||coalesce(o.acronym,'')||' | '||o.kind||' | '||coalesce(o.country_code,''), E'\\n' order by o.id) from organisation o",
				"select string_agg(g.name||': '||coalesce(m.country_code,'')||coalesce(o.name,'')||' '||coalesce(m.bodies,''), E'\\n') from organisation_group_member m join organisation_group g on g.id=m.group_id left join organisation o on o.id=m.organisation_id",
				"select string_agg(a.dialogue_id||' '||a.code||' '||p.role||' '||coalesce(p.country_code,'')||coalesce(o.name,''), E'\\n') from participation p join action_item a on a.id=p.action_item_id left join organisation o on o.id=p.organisation_id where p.organisation_id is not null",
				"select string_agg(c.dialogue_id||' '||pa.name||' '||c.role||' '||coalesce(c.country_code,'')||coalesce(o.name,'')||' '||coalesce(c.note,''), E'\\n') from co_lead c join policy_area pa on pa.id=c.policy_area_id left join organisation o on o.id=c.organisation_id")) {
			out.append(q).append("\n").append(jdbc.queryForObject(q, String.class)).append("\n\n");
		}
		out.append(String.join("\n", warnings));
		Files.writeString(Path.of("/tmp/records/dump.txt"), out);
		assertThat(out).isNotEmpty();
	}

}
