package eu.lac.alliance.persistence.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.actionitem.ItemNode;
import eu.lac.alliance.domain.dialogue.CountQualifier;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.DialogueReadModel;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.persistence.readmodel.Rows;

/**
 * {@link DialogueReadModel} in plain SQL: three statements for the list, seven for a
 * dialogue, whatever the number of dialogues, co-chairs, objectives or items.
 */
@Repository
class JdbcDialogueReadModel implements DialogueReadModel {

	private static final String DIALOGUES = """
			select d.id, d.title, d.kind, d.start_date, d.start_precision, d.end_date, d.end_precision, d.city,
			       d.host_country_code, hc.name as host_name, d.participant_count, d.participant_count_qualifier,
			       (select count(*) from action_item i where i.dialogue_id = d.id and i.state = 'ACTIVE') as items
			from dialogue d left join country hc on hc.code = d.host_country_code
			where %s
			order by d.start_date nulls first, d.id
			""";

	private static final String CO_CHAIRS = "select x.dialogue_id, x.person, " + Rows.PARTY_COLUMNS
			+ " from dialogue_co_chair x " + Rows.PARTY_JOINS + " where %s order by x.dialogue_id, x.id";

	private static final String SOURCES = """
			select ds.dialogue_id, s.id, s.file_name
			from dialogue_source ds join source_document s on s.id = ds.source_document_id
			where %s
			order by ds.dialogue_id, s.id
			""";

	private final JdbcClient jdbc;

	JdbcDialogueReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DialogueSummary> dialogues() {
		return summaries("true", "true", "true", Map.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DialogueDetail> dialogue(long id) {
		List<DialogueSummary> found = summaries("d.id = :id", "x.dialogue_id = :id", "ds.dialogue_id = :id",
				Map.of("id", id));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<ObjectiveLine> objectives = jdbc.sql("""
				with recursive tree (id, depth, path) as (
				    select o.id, 0, array[o.id] from objective o where o.dialogue_id = :id and o.parent_id is null
				    union all
				    select o.id, t.depth + 1, t.path || o.id from objective o join tree t on o.parent_id = t.id
				)
				select o.id, t.depth, a.name as area_name, o.scope, o.code, o.title, o.text
				from tree t join objective o on o.id = t.id join policy_area a on a.id = o.policy_area_id
				order by t.path
				""").param("id", id).query((rs, i) -> objective(rs)).list();
		List<String> themes = jdbc.sql("select name from dialogue_theme where dialogue_id = :id order by position, id")
			.param("id", id)
			.query(String.class)
			.list();
		var areas = jdbc.sql("""
				select a.id as area_id, a.name as area_name, a.code as area_code
				from dialogue_policy_area dpa join policy_area a on a.id = dpa.policy_area_id
				where dpa.dialogue_id = :id order by a.id
				""").param("id", id).query((rs, i) -> Rows.area(rs, "area")).list();
		var items = jdbc.sql("select " + Rows.ITEM_COLUMNS + """
				 from action_item i left join item_progress p on p.action_item_id = i.id
				where i.dialogue_id = :id order by i.id
				""").param("id", id).query((rs, i) -> Rows.itemLine(rs)).list();
		return Optional.of(new DialogueDetail(found.get(0), objectives, themes, areas, ItemNode.forest(items)));
	}

	private List<DialogueSummary> summaries(String dialogueFilter, String coChairFilter, String sourceFilter,
			Map<String, ?> params) {
		Map<Long, List<CoChairLine>> coChairs = new LinkedHashMap<>();
		jdbc.sql(CO_CHAIRS.formatted(coChairFilter)).params(params).query((ResultSet rs) -> {
			coChairs.computeIfAbsent(rs.getLong("dialogue_id"), k -> new ArrayList<>())
				.add(new CoChairLine(Rows.party(rs), rs.getString("person")));
		});
		Map<Long, List<SourceRef>> sources = new LinkedHashMap<>();
		jdbc.sql(SOURCES.formatted(sourceFilter)).params(params).query((ResultSet rs) -> {
			sources.computeIfAbsent(rs.getLong("dialogue_id"), k -> new ArrayList<>())
				.add(new SourceRef(rs.getLong("id"), rs.getString("file_name")));
		});
		return jdbc.sql(DIALOGUES.formatted(dialogueFilter))
			.params(params)
			.query((rs, i) -> summary(rs, coChairs.getOrDefault(rs.getLong("id"), List.of()),
					sources.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private static DialogueSummary summary(ResultSet rs, List<CoChairLine> coChairs, List<SourceRef> sources)
			throws SQLException {
		String qualifier = rs.getString("participant_count_qualifier");
		return new DialogueSummary(rs.getLong("id"), rs.getString("title"), DialogueKind.valueOf(rs.getString("kind")),
				Rows.partialDate(rs, "start_date", "start_precision"),
				Rows.partialDate(rs, "end_date", "end_precision"), rs.getString("city"),
				rs.getString("host_country_code"), rs.getString("host_name"), Rows.nullableInt(rs, "participant_count"),
				qualifier == null ? null : CountQualifier.valueOf(qualifier), List.copyOf(coChairs),
				List.copyOf(sources), rs.getLong("items"));
	}

	static ObjectiveLine objective(ResultSet rs) throws SQLException {
		return new ObjectiveLine(rs.getLong("id"), rs.getInt("depth"), rs.getString("area_name"),
				ObjectiveScope.valueOf(rs.getString("scope")), rs.getString("code"), rs.getString("title"),
				rs.getString("text"));
	}

}
