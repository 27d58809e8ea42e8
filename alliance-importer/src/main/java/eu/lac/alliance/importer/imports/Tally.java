package eu.lac.alliance.importer.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts what one import does, per kind of element, while it does it. */
final class Tally {

	private final Map<String, int[]> counts = new LinkedHashMap<>();

	void created(String kind) {
		bump(kind, 0);
	}

	void updated(String kind) {
		bump(kind, 1);
	}

	void unchanged(String kind) {
		bump(kind, 2);
	}

	void withdrawn(String kind) {
		bump(kind, 3);
	}

	void changedOrNot(String kind, boolean changed) {
		bump(kind, changed ? 1 : 2);
	}

	private void bump(String kind, int slot) {
		counts.computeIfAbsent(kind, k -> new int[4])[slot]++;
	}

	Map<String, ImportReport.Changes> toChanges() {
		Map<String, ImportReport.Changes> changes = new LinkedHashMap<>();
		counts.forEach((kind, c) -> changes.put(kind, new ImportReport.Changes(c[0], c[1], c[2], c[3])));
		return changes;
	}

}
