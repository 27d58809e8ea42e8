package eu.lac.alliance.persistence.policyarea;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ItemLine;
import eu.lac.alliance.domain.actionitem.ItemNode;
import eu.lac.alliance.domain.dialogue.DialogueReadModel.ObjectiveLine;
import eu.lac.alliance.domain.policyarea.CoLeadLine;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.policyarea.PolicyAreaReadModel;
import eu.lac.alliance.domain.policyarea.PolicyAreaRef;
import eu.lac.alliance.persistence.readmodel.Rows;

/**
 * {@link PolicyAreaReadModel} in plain SQL: the areas in one statement (slugs are derived
 * in Java), then one statement each for the dialogues, objectives, challenges, co-lead
 * lines and items of the area.
 */
@Repository
class JdbcPolicyAreaReadModel implements PolicyAreaReadModel {

	private final JdbcClient jdbc;

	JdbcPolicyAreaReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PolicyAreaRef> areas() {
		return jdbc.sql("select id as area_id, name as area_name, code as area_code from policy_area order by id")
			.query((rs, i) -> Rows.area(rs, "area"))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PolicyAreaPage> policyArea(String slug) {
		Optional<PolicyAreaRef> found = areas().stream().filter(area -> area.slug().equals(slug)).findFirst();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PolicyAreaRef area = found.get();
		Map<Long, String> dialogues = new LinkedHashMap<>();
		jdbc.sql("""
				select d.id, d.title from dialogue d
				where d.id in (select dialogue_id from dialogue_policy_area where policy_area_id = :area
				               union select dialogue_id from action_item where policy_area_id = :area
				               union select dialogue_id from objective where policy_area_id = :area
				               union select dialogue_id from challenge where policy_area_id = :area
				               union select dialogue_id from co_lead where policy_area_id = :area)
				order by d.start_date nulls first, d.id
				""").param("area", area.id()).query((ResultSet rs) -> {
			dialogues.put(rs.getLong("id"), rs.getString("title"));
		});
		Map<Long, List<ObjectiveLine>> objectives = new LinkedHashMap<>();
		jdbc.sql("""
				select o.id, o.dialogue_id, case when o.parent_id is null then 0 else 1 end as depth, o.scope, o.code,
				       o.title, o.text
				from objective o where o.policy_area_id = :area
				order by o.dialogue_id, coalesce(o.parent_id, o.id), o.parent_id nulls first, o.id
				""").param("area", area.id()).query((ResultSet rs) -> {
			objectives.computeIfAbsent(rs.getLong("dialogue_id"), k -> new ArrayList<>())
				.add(new ObjectiveLine(rs.getLong("id"), rs.getInt("depth"), area.name(),
						ObjectiveScope.valueOf(rs.getString("scope")), rs.getString("code"), rs.getString("title"),
						rs.getString("text")));
		});
		Map<Long, List<String>> challenges = new LinkedHashMap<>();
		jdbc.sql(
				"select dialogue_id, text from challenge where policy_area_id = :area order by dialogue_id, position, id")
			.param("area", area.id())
			.query((ResultSet rs) -> {
				challenges.computeIfAbsent(rs.getLong("dialogue_id"), k -> new ArrayList<>()).add(rs.getString("text"));
			});
		Map<Long, List<CoLeadLine>> coLeads = new LinkedHashMap<>();
		jdbc.sql(Rows.CO_LEAD_LINES.formatted("x.policy_area_id = :area"))
			.param("area", area.id())
			.query((ResultSet rs) -> {
				coLeads.computeIfAbsent(rs.getLong("dialogue_id"), k -> new ArrayList<>()).add(Rows.coLeadLine(rs));
			});
		List<ItemLine> items = jdbc.sql("select " + Rows.ITEM_COLUMNS + """
				 from action_item i left join item_progress p on p.action_item_id = i.id
				where i.policy_area_id = :area order by i.dialogue_id, i.id
				""").param("area", area.id()).query((rs, i) -> Rows.itemLine(rs)).list();
		List<AreaInDialogue> sections = new ArrayList<>();
		dialogues.forEach((id, title) -> {
			List<ItemLine> ofDialogue = items.stream().filter(item -> item.dialogueId() == id).toList();
			sections.add(new AreaInDialogue(id, title, objectives.getOrDefault(id, List.of()),
					challenges.getOrDefault(id, List.of()), coLeads.getOrDefault(id, List.of()),
					ofCategory(ofDialogue, ActionItemCategory.COOPERATION_OPPORTUNITY),
					ofCategory(ofDialogue, ActionItemCategory.NEXT_STEP),
					ItemNode.forest(ofDialogue.stream()
						.filter(item -> item.category() != ActionItemCategory.COOPERATION_OPPORTUNITY
								&& item.category() != ActionItemCategory.NEXT_STEP)
						.toList())));
		});
		return Optional.of(new PolicyAreaPage(area, sections, StatusCount.of(items)));
	}

	private static List<ItemLine> ofCategory(List<ItemLine> items, ActionItemCategory category) {
		return items.stream().filter(item -> item.category() == category).toList();
	}

}
