package eu.lac.alliance.importer.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;

/**
 * The facts of a parse that do not depend on where in the file they stand (no line
 * numbers), grouped by kind, so that a DOCX or PDF version of a seed can be scored
 * against the text seed: "items 17/17, participants 80/83".
 */
record SeedFacts(Map<String, List<String>> byKind) {

	static SeedFacts of(ParsedDocument document) {
		Map<String, List<String>> facts = new LinkedHashMap<>();
		var dialogue = document.dialogue();
		add(facts, "dialogue", "layout " + document.layout().format());
		add(facts, "dialogue", "title " + dialogue.title());
		add(facts, "dialogue", "kind " + dialogue.kind());
		add(facts, "dialogue", "dates " + dialogue.start() + " - " + dialogue.end());
		add(facts, "dialogue", "place " + dialogue.city() + ", " + dialogue.countryCode());
		dialogue.coChairs().forEach(chair -> add(facts, "dialogue", "co-chair " + party(chair)));
		for (ParsedPolicyArea area : document.policyAreas()) {
			add(facts, "areas", area.name() + " | " + area.objective());
			area.coLeads().forEach(lead -> add(facts, "participants", area.name() + " co-lead " + party(lead)));
		}
		for (ParsedObjective objective : document.objectives()) {
			add(facts, "objectives", String.join(" | ", objective.code(), objective.title(), objective.text()));
		}
		for (ParsedActionItem item : document.actionItems()) {
			add(facts, "items", String.join(" | ", item.code(), item.title(), Objects.toString(item.parentCode()),
					Objects.toString(item.policyArea()), item.category().name()));
			add(facts, "descriptions", item.code() + " | " + item.description());
			add(facts, "deadlines", item.code() + " | "
					+ (item.deadline() == null ? "none" : item.deadline().dueOn() + " " + item.deadline().wording()));
			item.participants().forEach(p -> add(facts, "participants", item.code() + " " + party(p)));
		}
		document.organisations().forEach(o -> add(facts, "organisations", o.name() + " | " + o.kind()));
		document.members().forEach(m -> add(facts, "members", m.countryCode() + " " + m.year()));
		document.groups().forEach(g -> add(facts, "groups", g.name() + " " + g.members()));
		return new SeedFacts(facts);
	}

	private static void add(Map<String, List<String>> facts, String kind, String fact) {
		facts.computeIfAbsent(kind, k -> new ArrayList<>()).add(fact);
	}

	private static String party(ParsedParty party) {
		return (party.isCountry() ? party.countryCode() : party.organisation()) + " " + party.role() + " "
				+ party.agencies();
	}

	int total() {
		return byKind.values().stream().mapToInt(List::size).sum();
	}

	/** How many of these (expected) facts {@code other} reproduces, counting repeats. */
	int reproducedBy(SeedFacts other, String kind) {
		List<String> expected = byKind.getOrDefault(kind, List.of());
		Map<String, Integer> available = new HashMap<>();
		other.byKind.getOrDefault(kind, List.of()).forEach(f -> available.merge(f, 1, Integer::sum));
		int found = 0;
		for (String fact : expected) {
			Integer left = available.get(fact);
			if (left != null && left > 0) {
				available.put(fact, left - 1);
				found++;
			}
		}
		return found;
	}

	int reproducedBy(SeedFacts other) {
		return byKind.keySet().stream().mapToInt(kind -> reproducedBy(other, kind)).sum();
	}

	/** The expected facts {@code other} lacks. */
	List<String> missingFrom(SeedFacts other) {
		List<String> missing = new ArrayList<>();
		for (var kind : byKind.entrySet()) {
			List<String> available = new ArrayList<>(other.byKind.getOrDefault(kind.getKey(), List.of()));
			for (String fact : kind.getValue()) {
				if (!available.remove(fact)) {
					missing.add(kind.getKey() + ": " + fact);
				}
			}
		}
		return missing;
	}

	/** "items 17/17, participants 80/83, ..." */
	String score(SeedFacts other) {
		List<String> parts = new ArrayList<>();
		for (var kind : byKind.entrySet()) {
			parts.add(kind.getKey() + " " + reproducedBy(other, kind.getKey()) + "/" + kind.getValue().size());
		}
		return "all " + reproducedBy(other) + "/" + total() + " (" + String.join(", ", parts) + ")";
	}

}
