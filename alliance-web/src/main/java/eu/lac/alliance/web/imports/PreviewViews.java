package eu.lac.alliance.web.imports;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import eu.lac.alliance.domain.imports.ItemOutcome;
import eu.lac.alliance.importer.imports.ImportDryRun;
import eu.lac.alliance.importer.imports.ImportReport;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;

/**
 * Builds the preview page's view from a dry run: the corrected parse result arranged as a
 * tree (policy area, objective, item by parent), each item with what the import would do
 * to it. Plain text only: nothing here is ever markup.
 */
final class PreviewViews {

	private static final DateTimeFormatter CORRECTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private PreviewViews() {
	}

	/**
	 * The view of {@code dryRun}; {@code mapped} are the unrecognised organisations the
	 * admin has mapped, still listed so the mapping can be changed.
	 */
	static PreviewView of(ImportDryRun.Outcome dryRun, java.util.Collection<String> mapped) {
		ImportReport report = dryRun.report();
		ParsedDocument parsed = report.parsed();
		Map<String, ItemOutcome> outcomes = new HashMap<>();
		List<PreviewView.ItemView> withdrawn = new ArrayList<>();
		for (ItemOutcome outcome : dryRun.items()) {
			if (outcome.outcome() == ItemOutcome.Outcome.WITHDRAWN) {
				withdrawn.add(new PreviewView.ItemView(outcome.code(), 0, outcome.title(), List.of(), null, null,
						outcome.outcome().name(), outcome.itemId()));
			}
			else {
				outcomes.put(outcome.code(), outcome);
			}
		}
		boolean unchanged = report.outcome() == ImportReport.Outcome.UNCHANGED;
		Map<String, Integer> depths = depths(parsed.actionItems());
		Map<String, PreviewView.AreaView> areas = new LinkedHashMap<>();
		Map<String, List<ParsedObjective>> objectivesByArea = new LinkedHashMap<>();
		for (ParsedPolicyArea area : parsed.policyAreas()) {
			objectivesByArea.putIfAbsent(area.name(), new ArrayList<>());
		}
		for (ParsedObjective objective : parsed.objectives()) {
			objectivesByArea.computeIfAbsent(Objects.toString(objective.policyArea(), ""), a -> new ArrayList<>())
				.add(objective);
		}
		for (ParsedActionItem item : parsed.actionItems()) {
			objectivesByArea.computeIfAbsent(Objects.toString(item.policyArea(), ""), a -> new ArrayList<>());
		}
		for (Map.Entry<String, List<ParsedObjective>> entry : objectivesByArea.entrySet()) {
			String name = entry.getKey();
			ParsedPolicyArea stated = parsed.policyAreas()
				.stream()
				.filter(area -> area.name().equals(name))
				.findFirst()
				.orElse(null);
			List<PreviewView.ObjectiveView> objectives = new ArrayList<>();
			List<String> placed = new ArrayList<>();
			for (ParsedObjective objective : entry.getValue()) {
				List<PreviewView.ItemView> items = parsed.actionItems()
					.stream()
					.filter(item -> Objects.toString(item.policyArea(), "").equals(name))
					.filter(item -> objective.code() != null && objective.code().equals(item.objectiveCode()))
					.map(item -> item(item, depths, outcomes.get(item.code()), unchanged))
					.toList();
				items.forEach(item -> placed.add(item.code()));
				objectives
					.add(new PreviewView.ObjectiveView(objective.code(), objective.title(), objective.text(), items));
			}
			List<PreviewView.ItemView> loose = parsed.actionItems()
				.stream()
				.filter(item -> Objects.toString(item.policyArea(), "").equals(name))
				.filter(item -> !placed.contains(item.code()))
				.map(item -> item(item, depths, outcomes.get(item.code()), unchanged))
				.toList();
			areas.put(name,
					new PreviewView.AreaView(name, stated == null ? null : stated.objective(),
							stated == null ? List.of() : stated.coLeads().stream().map(PreviewViews::party).toList(),
							objectives, loose));
		}
		List<PreviewView.CountView> counts = report.changes()
			.entrySet()
			.stream()
			.map(e -> new PreviewView.CountView(e.getKey(), e.getValue().created(), e.getValue().updated(),
					e.getValue().unchanged(), e.getValue().withdrawn()))
			.toList();
		List<String> unrecognised = java.util.stream.Stream
			.concat(mapped.stream(),
					parsed.organisations()
						.stream()
						.filter(organisation -> !organisation.known())
						.map(ParsedOrganisation::name))
			.distinct()
			.toList();
		int withoutArea = (int) parsed.actionItems()
			.stream()
			.filter(item -> item.policyArea() == null || item.policyArea().isBlank())
			.count();
		List<PreviewView.ConflictView> conflicts = report.conflicts().stream().map(PreviewViews::conflict).toList();
		return new PreviewView(report.fileName(), report.layout(), unchanged, dialogue(parsed.dialogue(), report),
				List.copyOf(areas.values()), withdrawn, counts, report.warnings(), unrecognised, withoutArea,
				conflicts);
	}

	private static PreviewView.ConflictView conflict(ImportReport.Conflict conflict) {
		return new PreviewView.ConflictView(CorrectionForm.conflictKey(conflict.itemId(), conflict.field()),
				conflict.itemId(), conflict.itemCode(), conflict.field(), conflict.handValue(),
				conflict.documentValue(), conflict.correctedBy(),
				conflict.correctedAt() == null ? null : CORRECTED_AT.format(conflict.correctedAt()),
				conflict.documentTaken());
	}

	private static PreviewView.DialogueView dialogue(ParsedDialogue dialogue, ImportReport report) {
		Long existing = report.matchedExistingDialogue() ? report.dialogueId() : null;
		if (dialogue == null) {
			return new PreviewView.DialogueView(report.dialogueTitle(), null, null, null, null, null, List.of(),
					existing);
		}
		return new PreviewView.DialogueView(report.dialogueTitle() != null ? report.dialogueTitle() : dialogue.title(),
				dialogue.kind() == null ? null : dialogue.kind().name(),
				dialogue.start() == null ? null : dialogue.start().toString(),
				dialogue.end() == null ? null : dialogue.end().toString(), dialogue.city(), dialogue.countryCode(),
				dialogue.coChairs().stream().map(PreviewViews::party).toList(), existing);
	}

	private static PreviewView.ItemView item(ParsedActionItem item, Map<String, Integer> depths, ItemOutcome outcome,
			boolean unchanged) {
		String deadline = item.deadline() == null ? null : item.deadline().wording() != null ? item.deadline().wording()
				: String.valueOf(item.deadline().dueOn());
		String what = unchanged ? ItemOutcome.Outcome.UNCHANGED.name()
				: outcome == null ? ItemOutcome.Outcome.NEW.name() : outcome.outcome().name();
		Long existing = outcome == null || outcome.itemId() == 0 ? null : outcome.itemId();
		return new PreviewView.ItemView(item.code(), depths.getOrDefault(item.code(), 0), item.title(),
				item.participants().stream().map(PreviewViews::party).toList(), deadline,
				item.lines() == null ? null : item.lines().toString(), what, existing);
	}

	/** How deep each item sits under its parents in the document. */
	private static Map<String, Integer> depths(List<ParsedActionItem> items) {
		Map<String, String> parents = new HashMap<>();
		items.forEach(item -> parents.put(item.code(), item.parentCode()));
		Map<String, Integer> depths = new HashMap<>();
		for (ParsedActionItem item : items) {
			int depth = 0;
			String parent = item.parentCode();
			while (parent != null && parents.containsKey(parent) && depth < 10) {
				depth++;
				parent = parents.get(parent);
			}
			depths.put(item.code(), depth);
		}
		return depths;
	}

	/**
	 * A party as the page shows it: "CL (co-lead, Subtel)", the role in the page's
	 * language.
	 */
	static PreviewView.PartyView party(ParsedParty party) {
		return new PreviewView.PartyView(party.isCountry() ? party.countryCode() : party.organisation(),
				party.role() == null ? null : party.role().name(), List.copyOf(party.agencies()));
	}

}
