package eu.lac.alliance.importer.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.policyarea.Objective;
import eu.lac.alliance.domain.policyarea.ObjectiveRepository;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedPolicyArea;

/**
 * Writes a document's objectives (its policy areas' objectives among them), revising
 * those an earlier version of it wrote and deleting those it no longer states. A policy
 * area's objective that only repeats the overall objective is not stored twice.
 */
@Component
class ObjectiveWriter {

	private final ObjectiveRepository objectives;

	ObjectiveWriter(ObjectiveRepository objectives) {
		this.objectives = objectives;
	}

	void write(ImportRun run) {
		Map<String, Objective> previous = new HashMap<>();
		for (Objective objective : objectives.findByDialogueId(run.dialogue.getId())) {
			if (run.fromSameLayout(objective.getProvenance())) {
				previous.put(key(objective.getScope(), objective.getCode(), objective.getPolicyArea().getName(),
						objective.getText()), objective);
			}
		}
		Set<String> overallTexts = new HashSet<>();
		run.parsed.objectives()
			.stream()
			.filter(objective -> objective.scope() == ObjectiveScope.OVERALL)
			.forEach(objective -> overallTexts.add(NameKey.of(objective.text())));
		List<ParsedObjective> all = new ArrayList<>();
		Map<String, String> repeatsOverall = new HashMap<>();
		for (ParsedPolicyArea area : run.parsed.policyAreas()) {
			if (area.objective() == null || area.objective().isBlank()) {
				continue;
			}
			if (overallTexts.contains(NameKey.of(area.objective()))) {
				repeatsOverall.put(ImportReferences.canonicalArea(area.name()), area.objective());
				continue;
			}
			all.add(new ParsedObjective(null, null, area.objective(), ObjectiveScope.POLICY_AREA, area.name(), null,
					area.lines()));
		}
		all.addAll(run.parsed.objectives());
		Map<String, ParsedObjective> parsedByCode = new HashMap<>();
		for (ParsedObjective parsed : all) {
			PolicyArea area = run.references.policyArea(parsed.policyArea());
			Objective objective = previous.remove(key(parsed.scope(), parsed.code(), area.getName(), parsed.text()));
			if (objective == null) {
				objective = objectives.save(new Objective(run.dialogue, area, parsed.scope(), parsed.code(),
						parsed.title(), parsed.text(), run.provenance(parsed.lines())));
				run.tally.created("objectives");
			}
			else {
				run.tally.changedOrNot("objectives", objective.revise(parsed.title(), parsed.text(),
						objective.getParent(), run.provenance(parsed.lines())));
			}
			if (parsed.code() != null) {
				run.objectivesByCode.put(parsed.code(), objective);
				parsedByCode.put(parsed.code(), parsed);
			}
			if (parsed.scope() == ObjectiveScope.POLICY_AREA) {
				run.objectivesByArea.putIfAbsent(area.getName(), objective);
			}
			else if (parsed.scope() == ObjectiveScope.OVERALL) {
				run.objectivesByArea.putIfAbsent(null, objective);
			}
		}
		run.objectivesByCode.forEach((code, objective) -> {
			ParsedObjective parsed = parsedByCode.get(code);
			if (parsed.parentCode() != null) {
				objective.placeUnder(run.objectivesByCode.get(parsed.parentCode()));
			}
		});
		for (Objective vanished : previous.values()) {
			objectives.delete(vanished);
			run.tally.withdrawn("objectives");
		}
	}

	private static String key(ObjectiveScope scope, String code, String area, String text) {
		return scope + "|" + area + "|" + (code != null ? code : NameKey.of(text));
	}

}
