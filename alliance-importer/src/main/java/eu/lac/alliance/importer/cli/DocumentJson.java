package eu.lac.alliance.importer.cli;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedGroup;
import eu.lac.alliance.importer.result.ParsedMembership;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.result.ParsedText;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes parse results in the importer's JSON contract ({@code docs/importer.md}): the
 * fields the contract requires, in its names, followed by the detail the model holds
 * (roles, agencies, objectives).
 */
public final class DocumentJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Set<ParticipantRole> LEADING = EnumSet.of(ParticipantRole.CO_LEAD, ParticipantRole.PARTNER,
			ParticipantRole.IMPLEMENTING_AGENCY);

	private final ArrayNode documents = NODES.arrayNode();

	/** Adds a document that parsed. */
	public void add(ParsedDocument document) {
		Map<String, String> labels = new HashMap<>();
		document.organisations().forEach(organisation -> labels.put(organisation.name(), label(organisation)));
		ObjectNode node = documents.addObject();
		node.put("file", document.fileName());
		node.put("format", document.layout().format());
		node.putNull("error");
		node.put("contentHash", document.contentHash());
		node.set("dialogue", dialogue(document.dialogue()));
		ArrayNode areas = node.putArray("policyAreas");
		document.policyAreas().forEach(area -> areas.add(policyArea(area, labels)));
		ArrayNode objectives = node.putArray("objectives");
		document.objectives().forEach(objective -> objectives.add(objective(objective)));
		ArrayNode items = node.putArray("actionItems");
		document.actionItems().forEach(item -> items.add(actionItem(item, labels)));
		ArrayNode members = node.putArray("members");
		document.members().forEach(member -> members.add(member(member)));
		ArrayNode organisations = node.putArray("organisations");
		document.organisations().forEach(organisation -> organisations.add(label(organisation)));
		ArrayNode organisationDetails = node.putArray("organisationDetails");
		document.organisations().forEach(organisation -> organisationDetails.add(organisation(organisation)));
		ArrayNode groups = node.putArray("groups");
		document.groups().forEach(group -> groups.add(group(group)));
		ArrayNode warnings = node.putArray("warnings");
		document.warningTexts().forEach(warnings::add);
	}

	/** Adds a document that could not be parsed, with the reason. */
	public void addFailure(String file, String error) {
		ObjectNode node = documents.addObject();
		node.put("file", file);
		node.putNull("format");
		node.put("error", error);
	}

	/** The whole output: {@code {"documents": [...]}}, pretty-printed. */
	public String toJson() {
		ObjectNode root = NODES.objectNode();
		root.set("documents", documents);
		return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static ObjectNode dialogue(ParsedDialogue dialogue) {
		ObjectNode node = NODES.objectNode();
		if (dialogue == null) {
			node.putNull("title");
			node.putNull("startDate");
			node.putNull("endDate");
			node.putNull("city");
			node.putNull("country");
			return node;
		}
		node.put("title", dialogue.title());
		node.put("startDate", dialogue.start() == null ? null : dialogue.start().earliest().toString());
		PartialDate end = dialogue.end() != null ? dialogue.end() : dialogue.start();
		node.put("endDate", end == null ? null : end.latest().toString());
		node.put("city", dialogue.city());
		node.put("country", dialogue.countryCode());
		node.put("kind", dialogue.kind() == null ? null : dialogue.kind().name());
		node.put("datePrecision", dialogue.start() == null ? null : dialogue.start().precision().name());
		node.put("participantCount", dialogue.participantCount());
		node.put("participantCountQualifier",
				dialogue.participantCountQualifier() == null ? null : dialogue.participantCountQualifier().name());
		node.set("coChairs", parties(dialogue.coChairs()));
		node.set("sourceLines", lines(dialogue.lines()));
		return node;
	}

	private static ObjectNode policyArea(ParsedPolicyArea area, Map<String, String> labels) {
		ObjectNode node = NODES.objectNode();
		node.put("name", area.name());
		node.put("objective", area.objective());
		node.set("coLeadCountries", countries(area.coLeads(), LEADING));
		node.set("coLeadOrganisations", organisations(area.coLeads(), LEADING, labels));
		node.set("coLeads", parties(area.coLeads()));
		ArrayNode challenges = node.putArray("challenges");
		for (ParsedText challenge : area.challenges()) {
			ObjectNode c = challenges.addObject();
			c.put("text", challenge.text());
			c.set("sourceLines", lines(challenge.lines()));
		}
		node.set("sourceLines", lines(area.lines()));
		return node;
	}

	private static ObjectNode objective(ParsedObjective objective) {
		ObjectNode node = NODES.objectNode();
		node.put("code", objective.code());
		node.put("title", objective.title());
		node.put("text", objective.text());
		node.put("scope", objective.scope().name());
		node.put("policyArea", objective.policyArea());
		node.put("parentCode", objective.parentCode());
		node.set("sourceLines", lines(objective.lines()));
		return node;
	}

	private static ObjectNode actionItem(ParsedActionItem item, Map<String, String> labels) {
		ObjectNode node = NODES.objectNode();
		node.put("code", item.code());
		node.put("title", item.title());
		node.put("category", item.category().name());
		node.put("parentCode", item.parentCode());
		node.put("policyArea", item.policyArea());
		node.set("interestedCountries", countries(item.participants(), EnumSet.of(ParticipantRole.INTERESTED)));
		node.set("interestedOrganisations",
				organisations(item.participants(), EnumSet.of(ParticipantRole.INTERESTED), labels));
		node.put("deadline",
				item.deadline() == null || item.deadline().dueOn() == null ? null : item.deadline().dueOn().toString());
		node.set("sourceLines", lines(item.lines()));
		node.put("deadlineText", item.deadline() == null ? null : item.deadline().wording());
		node.put("objectiveCode", item.objectiveCode());
		node.put("description", item.description());
		node.set("coLeadCountries", countries(item.participants(), LEADING));
		node.set("participants", parties(item.participants()));
		node.put("openToMembers", item.openToMembers());
		return node;
	}

	private static ObjectNode member(ParsedMembership member) {
		ObjectNode node = NODES.objectNode();
		node.put("country", member.countryCode());
		node.put("since", member.year());
		node.put("date", member.date() == null ? null : member.date().toString());
		node.set("sourceLines", lines(member.lines()));
		return node;
	}

	private static ObjectNode organisation(ParsedOrganisation organisation) {
		ObjectNode node = NODES.objectNode();
		node.put("name", organisation.name());
		node.put("acronym", organisation.acronym());
		node.put("kind", organisation.kind() == null ? null : organisation.kind().name());
		node.put("country", organisation.countryCode());
		node.put("known", organisation.known());
		return node;
	}

	private static ObjectNode group(ParsedGroup group) {
		ObjectNode node = NODES.objectNode();
		node.put("name", group.name());
		node.set("members", parties(group.members()));
		node.set("sourceLines", lines(group.lines()));
		return node;
	}

	private static ArrayNode parties(List<ParsedParty> parties) {
		ArrayNode array = NODES.arrayNode();
		for (ParsedParty party : parties) {
			ObjectNode node = array.addObject();
			node.put("country", party.countryCode());
			node.put("organisation", party.organisation());
			node.put("role", party.role().name());
			ArrayNode agencies = node.putArray("agencies");
			party.agencies().forEach(agencies::add);
			node.put("wording", party.wording());
		}
		return array;
	}

	private static ArrayNode countries(Collection<ParsedParty> parties, Set<ParticipantRole> roles) {
		Set<String> codes = new LinkedHashSet<>();
		parties.stream()
			.filter(p -> p.isCountry() && roles.contains(p.role()))
			.forEach(p -> codes.add(p.countryCode()));
		ArrayNode array = NODES.arrayNode();
		codes.forEach(array::add);
		return array;
	}

	private static ArrayNode organisations(Collection<ParsedParty> parties, Set<ParticipantRole> roles,
			Map<String, String> labels) {
		Set<String> names = new LinkedHashSet<>();
		parties.stream()
			.filter(p -> !p.isCountry() && roles.contains(p.role()))
			.forEach(p -> names.add(labels.getOrDefault(p.organisation(), p.organisation())));
		ArrayNode array = NODES.arrayNode();
		names.forEach(array::add);
		return array;
	}

	/**
	 * How the contract's name lists show an organisation: its full name, with its acronym
	 * in parentheses where it has one ("Economic Commission for Latin America and the
	 * Caribbean (ECLAC)"), so that both the way documents write it and its full name can
	 * be found.
	 */
	private static String label(ParsedOrganisation organisation) {
		String acronym = organisation.acronym();
		if (acronym == null || acronym.isBlank() || organisation.name().equalsIgnoreCase(acronym)
				|| organisation.name().endsWith("(" + acronym + ")")) {
			return organisation.name();
		}
		return organisation.name() + " (" + acronym + ")";
	}

	private static ArrayNode lines(LineSpan span) {
		ArrayNode array = NODES.arrayNode();
		if (span != null) {
			array.add(span.first());
			array.add(span.last());
		}
		return array;
	}

}
