package eu.lac.alliance.domain.imports;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the import history.
 *
 * @param id the run's id
 * @param fileName the file imported
 * @param contentHash SHA-256 of its bytes
 * @param layout the layout it was read as
 * @param importedBy who imported it ("system" for the seeds at first start)
 * @param importedAt when
 * @param dialogueId the dialogue it was written to, while it exists
 * @param dialogueTitle that dialogue's title at import
 * @param rows per table and change ("action_item CREATED"), how many rows it recorded
 * @param touchedExisting whether it changed or withdrew records that existed before it
 * @param revertedAt when it was reverted, or null
 * @param revertedBy who reverted it, or null
 */
public record ImportRunSummary(long id, String fileName, String contentHash, String layout, String importedBy,
		Instant importedAt, Long dialogueId, String dialogueTitle, Map<String, Integer> rows, boolean touchedExisting,
		Instant revertedAt, String revertedBy) {

	public ImportRunSummary {
		rows = Map.copyOf(rows);
	}

	public boolean reverted() {
		return revertedAt != null;
	}

	/** How many rows of {@code table} it recorded with {@code change}. */
	public int count(String table, String change) {
		return rows.getOrDefault(table + " " + change, 0);
	}

}
