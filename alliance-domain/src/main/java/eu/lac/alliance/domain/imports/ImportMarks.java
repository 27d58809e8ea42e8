package eu.lac.alliance.domain.imports;

import java.util.Map;
import java.util.Set;

/**
 * The database just before an import, as far as telling afterwards what the import
 * created, changed and withdrew needs: the highest id of each table an import writes, a
 * fingerprint of every action item (its fields and participants) and the active items.
 *
 * @param highestIds per table, the highest id before the import (0 for an empty table)
 * @param itemFingerprints per action item id, a digest of what an import may change
 * @param activeItems the ids of items that were active
 */
public record ImportMarks(Map<String, Long> highestIds, Map<Long, String> itemFingerprints, Set<Long> activeItems) {

	public ImportMarks {
		highestIds = Map.copyOf(highestIds);
		itemFingerprints = Map.copyOf(itemFingerprints);
		activeItems = Set.copyOf(activeItems);
	}

	/** The highest id {@code table} held before. */
	public long highest(String table) {
		return highestIds.getOrDefault(table, 0L);
	}

}
