package eu.lac.alliance.persistence.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.imports.ElementCounts;
import eu.lac.alliance.domain.imports.ImportMarks;
import eu.lac.alliance.domain.imports.ImportOriginal;
import eu.lac.alliance.domain.imports.ImportRunSummary;
import eu.lac.alliance.domain.imports.ImportRuns;
import eu.lac.alliance.domain.imports.ItemOutcome;
import eu.lac.alliance.domain.imports.NewImportRun;
import eu.lac.alliance.domain.imports.RevertBlocker;

/**
 * Import runs in {@code import_run} and {@code import_run_row}. What an import created is
 * told apart from what was there by the highest ids before it and the provenance the
 * writers set (every row an import writes points at its document); what it changed, by a
 * fingerprint of each item taken before it.
 */
@Repository
class JdbcImportRuns implements ImportRuns {

	/** Tables whose rows carry the document they came from. */
	static final List<String> WITH_PROVENANCE = List.of("objective", "challenge", "co_lead", "organisation_group",
			"alliance_membership", "dialogue_theme");

	/** Tables an import adds rows to without provenance. */
	static final List<String> WITHOUT_PROVENANCE = List.of("organisation", "policy_area");

	private static final List<String> MARKED = List.of("dialogue", "action_item", "objective", "challenge", "co_lead",
			"organisation_group", "alliance_membership", "dialogue_theme", "organisation", "policy_area");

	/**
	 * A digest of what an import may change on an item ({@code a}): its fields, its
	 * participants and its further deadlines.
	 */
	private static final String FINGERPRINT = """
			md5(concat_ws('|', a.code, a.title, a.description, a.category, a.deadline_date, a.deadline_text, a.state,
			    a.openness, a.parent_id, a.objective_id, a.policy_area_id,
			    (select string_agg(concat_ws(':', p.country_code, p.organisation_id, p.party_group_id, p.role, p.wording),
			            ',' order by concat_ws(':', p.country_code, p.organisation_id, p.party_group_id, p.role, p.wording))
			     from participation p where p.action_item_id = a.id),
			    (select string_agg(concat_ws(':', d.deadline_date, d.deadline_text), ',' order by d.position)
			     from action_item_deadline d where d.action_item_id = a.id)))""";

	private static final String SUMMARY = """
			select r.id, r.file_name, r.content_hash, r.layout, r.imported_by, r.imported_at, r.dialogue_id,
			       r.dialogue_title, r.reverted_at, r.reverted_by,
			       (select string_agg(x.table_name || ' ' || x.change || '=' || x.n, ',')
			        from (select w.table_name, w.change, count(*) as n from import_run_row w where w.run_id = r.id
			              group by w.table_name, w.change) x) as row_counts,
			       (exists (select 1 from jsonb_each(r.changes) e
			                where coalesce((e.value ->> 'updated')::int, 0) > 0
			                   or coalesce((e.value ->> 'withdrawn')::int, 0) > 0)
			        or exists (select 1 from import_run_row w where w.run_id = r.id and w.change <> 'CREATED'))
			       as touched_existing
			from import_run r
			""";

	private final JdbcClient jdbc;

	JdbcImportRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An arbitrary constant naming the import lock among PostgreSQL's advisory locks. */
	private static final long IMPORT_LOCK = 8_140_001L;

	@Override
	public void lockForImport() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query((rs, n) -> 1).list();
	}

	/**
	 * The transaction-local notes the triggers read: the data version counts as raised
	 * (V21), and {@code item_participant} is not refreshed (V22), since nothing of the
	 * transaction will stay.
	 */
	@Override
	public void dryRun() {
		jdbc.sql(
				"select set_config('alliance.data_version_raised', 'on', true), set_config('alliance.dry_run', 'on', true)")
			.query((rs, n) -> 1)
			.list();
	}

	@Override
	public Optional<Long> dialogueOfDocument(long sourceDocumentId) {
		return jdbc.sql("select min(dialogue_id) from dialogue_source where source_document_id = ?")
			.param(sourceDocumentId)
			.query((rs, n) -> rs.getObject(1, Long.class))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	@Override
	public ImportMarks marks() {
		String highest = MARKED.stream()
			.map(table -> "select '" + table + "' as t, coalesce(max(id), 0) as h from " + table)
			.collect(Collectors.joining(" union all "));
		Map<String, Long> highestIds = new HashMap<>();
		jdbc.sql(highest).query(rs -> {
			highestIds.put(rs.getString("t"), rs.getLong("h"));
		});
		Map<Long, String> fingerprints = new HashMap<>();
		Set<Long> active = new HashSet<>();
		jdbc.sql("select a.id, a.state, " + FINGERPRINT + " as fingerprint from action_item a").query(rs -> {
			fingerprints.put(rs.getLong("id"), rs.getString("fingerprint"));
			if ("ACTIVE".equals(rs.getString("state"))) {
				active.add(rs.getLong("id"));
			}
		});
		return new ImportMarks(highestIds, fingerprints, active);
	}

	@Override
	public Optional<Long> documentWithHash(String contentHash) {
		return jdbc.sql("select id from source_document where content_hash = ?")
			.param(contentHash)
			.query(Long.class)
			.optional();
	}

	@Override
	public List<ItemOutcome> itemOutcomes(ImportMarks before, long sourceDocumentId, long dialogueId) {
		List<ItemOutcome> outcomes = new ArrayList<>();
		jdbc.sql("select a.id, a.code, a.title, a.state, coalesce(a.source_document_id = ?, false) as from_document, "
				+ FINGERPRINT + " as fingerprint from action_item a where a.dialogue_id = ?")
			.params(sourceDocumentId, dialogueId)
			.query(rs -> {
				long id = rs.getLong("id");
				ItemOutcome.Outcome outcome = null;
				if (rs.getBoolean("from_document") && !"WITHDRAWN".equals(rs.getString("state"))) {
					outcome = id > before.highest("action_item") ? ItemOutcome.Outcome.NEW
							: rs.getString("fingerprint").equals(before.itemFingerprints().get(id))
									? ItemOutcome.Outcome.UNCHANGED : ItemOutcome.Outcome.CHANGED;
				}
				else if ("WITHDRAWN".equals(rs.getString("state")) && before.activeItems().contains(id)) {
					outcome = ItemOutcome.Outcome.WITHDRAWN;
				}
				if (outcome != null) {
					outcomes.add(new ItemOutcome(id, rs.getString("code"), rs.getString("title"), outcome));
				}
			});
		outcomes.sort(Comparator.comparing(ItemOutcome::code));
		return outcomes;
	}

	@Override
	public long record(NewImportRun run, ImportMarks before) {
		long id = jdbc.sql("""
				insert into import_run (file_name, content, content_type, content_hash, layout, imported_by,
				                        source_document_id, dialogue_id, dialogue_title, preview_id, changes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
				returning id
				""")
			.params(run.fileName(), run.content(), run.contentType(), run.contentHash(), run.layout(), run.importedBy(),
					run.sourceDocumentId(), run.dialogueId(), run.dialogueTitle(), run.previewId(), json(run.changes()))
			.query(Long.class)
			.single();
		if (run.dialogueId() != null) {
			Map<ItemOutcome.Outcome, List<Long>> items = new LinkedHashMap<>();
			for (ItemOutcome outcome : itemOutcomes(before, run.sourceDocumentId(), run.dialogueId())) {
				items.computeIfAbsent(outcome.outcome(), o -> new ArrayList<>()).add(outcome.itemId());
			}
			rows(id, "action_item", "CREATED", items.get(ItemOutcome.Outcome.NEW));
			rows(id, "action_item", "UPDATED", items.get(ItemOutcome.Outcome.CHANGED));
			rows(id, "action_item", "WITHDRAWN", items.get(ItemOutcome.Outcome.WITHDRAWN));
			boolean newDialogue = run.dialogueId() > before.highest("dialogue");
			ElementCounts dialogues = run.changes().get("dialogues");
			if (newDialogue || dialogues != null && dialogues.updated() > 0) {
				rows(id, "dialogue", newDialogue ? "CREATED" : "UPDATED", List.of(run.dialogueId()));
			}
		}
		for (String table : WITH_PROVENANCE) {
			jdbc.sql("insert into import_run_row (run_id, table_name, row_id, change) select ?, '" + table
					+ "', id, 'CREATED' from " + table + " where source_document_id = ? and id > ?")
				.params(id, run.sourceDocumentId(), before.highest(table))
				.update();
		}
		for (String table : WITHOUT_PROVENANCE) {
			jdbc.sql("insert into import_run_row (run_id, table_name, row_id, change) select ?, '" + table
					+ "', id, 'CREATED' from " + table + " where id > ?")
				.params(id, before.highest(table))
				.update();
		}
		return id;
	}

	private void rows(long runId, String table, String change, List<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return;
		}
		jdbc.sql("insert into import_run_row (run_id, table_name, row_id, change) "
				+ "select ?, ?, unnest(cast(? as bigint[])), ?")
			.params(runId, table, ids.toArray(Long[]::new), change)
			.update();
	}

	private static String json(Map<String, ElementCounts> changes) {
		return changes.entrySet()
			.stream()
			.filter(e -> e.getKey().matches("[A-Za-z]+"))
			.map(e -> "\"" + e.getKey() + "\": {\"created\": " + e.getValue().created() + ", \"updated\": "
					+ e.getValue().updated() + ", \"unchanged\": " + e.getValue().unchanged() + ", \"withdrawn\": "
					+ e.getValue().withdrawn() + "}")
			.collect(Collectors.joining(", ", "{", "}"));
	}

	@Override
	public int recordUnrecorded(String systemActor) {
		List<long[]> runs = jdbc.sql("""
				insert into import_run (file_name, content, content_hash, layout, imported_by, imported_at,
				                        source_document_id, dialogue_id, dialogue_title)
				select d.file_name, d.content, d.content_hash, d.layout,
				       case when d.imported_by is null or d.imported_by in ('seed import', 'preview') then ?
				            else d.imported_by end,
				       d.imported_at, d.id, ds.dialogue_id, dl.title
				from source_document d
				left join lateral (select s.dialogue_id from dialogue_source s where s.source_document_id = d.id
				                   order by s.dialogue_id limit 1) ds on true
				left join dialogue dl on dl.id = ds.dialogue_id
				where not exists (select 1 from import_run r where r.source_document_id = d.id)
				order by d.id
				on conflict (source_document_id) do nothing
				returning id, source_document_id
				""").param(systemActor).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		for (long[] run : runs) {
			jdbc.sql("""
					insert into import_run_row (run_id, table_name, row_id, change)
					select ?, 'dialogue', s.dialogue_id, 'CREATED' from dialogue_source s
					where s.source_document_id = ?
					  and s.source_document_id = (select min(o.source_document_id) from dialogue_source o
					                              where o.dialogue_id = s.dialogue_id)
					union all
					select ?, 'action_item', a.id, 'CREATED' from action_item a where a.source_document_id = ?
					""").params(run[0], run[1], run[0], run[1]).update();
			for (String table : WITH_PROVENANCE) {
				jdbc.sql("insert into import_run_row (run_id, table_name, row_id, change) select ?, '" + table
						+ "', id, 'CREATED' from " + table + " where source_document_id = ?")
					.params(run[0], run[1])
					.update();
			}
		}
		return runs.size();
	}

	@Override
	public List<ImportRunSummary> history(int limit) {
		return jdbc.sql(SUMMARY + " order by r.imported_at desc, r.id desc limit ?")
			.param(limit)
			.query(JdbcImportRuns::summary)
			.list();
	}

	@Override
	public Optional<ImportRunSummary> find(long id) {
		return jdbc.sql(SUMMARY + " where r.id = ?").param(id).query(JdbcImportRuns::summary).optional();
	}

	@Override
	public Optional<ImportOriginal> original(long id) {
		return jdbc.sql("select file_name, content_type, content from import_run where id = ?")
			.param(id)
			.query((rs, n) -> new ImportOriginal(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	@Override
	public List<RevertBlocker> blockers(long id) {
		return jdbc
			.sql("""
					select 'ALREADY_REVERTED' as reason, null::bigint as subject_id, null::bigint as item_id,
					       null as item_code, r.reverted_by || ', ' || to_char(r.reverted_at, 'YYYY-MM-DD HH24:MI') as detail
					from import_run r where r.id = ? and r.reverted_at is not null
					union all
					select 'PROGRESS_LOGGED', u.id, a.id, a.code,
					       u.author || ', ' || u.country_code || ', ' || to_char(u.submitted_at, 'YYYY-MM-DD HH24:MI')
					from import_run_row w
					join action_item a on a.id = w.row_id
					join progress_update u on u.action_item_id = a.id
					where w.run_id = ? and w.table_name = 'action_item' and w.change = 'CREATED'
					union all
					select 'LATER_IMPORT', l.id, null, null, l.file_name
					from import_run r
					join import_run l on l.dialogue_id = r.dialogue_id and l.id > r.id and l.reverted_at is null
					where r.id = ?
					union all
					select 'CHANGED_EXISTING', null, null, null, null
					from import_run r
					where r.id = ?
					  and (exists (select 1 from jsonb_each(r.changes) e
					               where coalesce((e.value ->> 'updated')::int, 0) > 0
					                  or coalesce((e.value ->> 'withdrawn')::int, 0) > 0)
					       or exists (select 1 from import_run_row w where w.run_id = r.id and w.change <> 'CREATED'))
					order by 1, 2
					""")
			.params(id, id, id, id)
			.query((rs, n) -> new RevertBlocker(RevertBlocker.Reason.valueOf(rs.getString("reason")),
					rs.getObject("subject_id", Long.class), rs.getObject("item_id", Long.class),
					rs.getString("item_code"), rs.getString("detail")))
			.list();
	}

	@Override
	public void revert(long id, String by) {
		Long[] run = jdbc.sql("select source_document_id, dialogue_id from import_run where id = ? for update")
			.param(id)
			.query((rs, n) -> new Long[] { rs.getObject(1, Long.class), rs.getObject(2, Long.class) })
			.single();
		Long document = run[0];
		Long dialogue = run[1];
		delete(id, "action_item");
		delete(id, "objective");
		delete(id, "challenge");
		delete(id, "co_lead");
		delete(id, "dialogue_theme");
		jdbc.sql("""
				delete from alliance_membership m
				using import_run_row w
				where w.run_id = ? and w.table_name = 'alliance_membership' and w.row_id = m.id
				  and not exists (select 1 from action_item_joining j where j.country_code = m.country_code)
				""").param(id).update();
		if (document != null) {
			jdbc.sql("update alliance_membership set source_document_id = null where source_document_id = ?")
				.param(document)
				.update();
			jdbc.sql("delete from dialogue_source where source_document_id = ?").param(document).update();
		}
		delete(id, "dialogue");
		delete(id, "organisation_group");
		if (dialogue != null) {
			jdbc.sql("""
					delete from dialogue_policy_area dp
					where dp.dialogue_id = ?
					  and not exists (select 1 from action_item a where a.dialogue_id = dp.dialogue_id
					                  and a.policy_area_id = dp.policy_area_id)
					  and not exists (select 1 from objective o where o.dialogue_id = dp.dialogue_id
					                  and o.policy_area_id = dp.policy_area_id)
					  and not exists (select 1 from co_lead c where c.dialogue_id = dp.dialogue_id
					                  and c.policy_area_id = dp.policy_area_id)
					""").param(dialogue).update();
		}
		jdbc.sql("""
				delete from organisation o
				using import_run_row w
				where w.run_id = ? and w.table_name = 'organisation' and w.row_id = o.id
				  and not exists (select 1 from participation p where p.organisation_id = o.id)
				  and not exists (select 1 from participation_agency g where g.organisation_id = o.id)
				  and not exists (select 1 from co_lead c where c.organisation_id = o.id)
				  and not exists (select 1 from dialogue_co_chair d where d.organisation_id = o.id)
				  and not exists (select 1 from organisation_group_member m where m.organisation_id = o.id)
				""").param(id).update();
		jdbc.sql("""
				delete from policy_area pa
				using import_run_row w
				where w.run_id = ? and w.table_name = 'policy_area' and w.row_id = pa.id
				  and not exists (select 1 from action_item a where a.policy_area_id = pa.id)
				  and not exists (select 1 from objective o where o.policy_area_id = pa.id)
				  and not exists (select 1 from challenge c where c.policy_area_id = pa.id)
				  and not exists (select 1 from co_lead c where c.policy_area_id = pa.id)
				  and not exists (select 1 from dialogue_policy_area d where d.policy_area_id = pa.id)
				""").param(id).update();
		if (document != null) {
			jdbc.sql("delete from source_document where id = ?").param(document).update();
		}
		jdbc.sql("update import_run set reverted_at = now(), reverted_by = ? where id = ?").params(by, id).update();
	}

	private void delete(long runId, String table) {
		jdbc.sql("delete from " + table + " t using import_run_row w where w.run_id = ? and w.table_name = '" + table
				+ "' and w.change = 'CREATED' and w.row_id = t.id")
			.param(runId)
			.update();
	}

	private static ImportRunSummary summary(ResultSet rs, int row) throws SQLException {
		Map<String, Integer> counts = new LinkedHashMap<>();
		String rows = rs.getString("row_counts");
		if (rows != null) {
			for (String entry : rows.split(",")) {
				int equals = entry.lastIndexOf('=');
				counts.put(entry.substring(0, equals), Integer.parseInt(entry.substring(equals + 1)));
			}
		}
		Timestamp reverted = rs.getTimestamp("reverted_at");
		return new ImportRunSummary(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_hash"),
				rs.getString("layout"), rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(),
				rs.getObject("dialogue_id", Long.class), rs.getString("dialogue_title"), counts,
				rs.getBoolean("touched_existing"), reverted == null ? null : reverted.toInstant(),
				rs.getString("reverted_by"));
	}

}
