package eu.lac.alliance.importer.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.lac.alliance.importer.result.ParsedDocument;

/**
 * What an import did, or (for a preview) would do: per kind of element, how many were
 * created, updated, left alone and withdrawn; which dialogue it matched; and the warnings
 * to look at.
 *
 * @param fileName the file
 * @param layout the layout's format name
 * @param outcome what happened to the document as a whole
 * @param dialogueTitle the dialogue it was written to
 * @param dialogueId that dialogue's id (for a preview, the id it matched, or null for a
 * new one)
 * @param matchedExistingDialogue true when the document enriched a dialogue that was
 * already there
 * @param changes counts per kind of element ("actionItems", "objectives",
 * "organisations", ...)
 * @param warnings what was understood only partly
 * @param parsed the parse result behind it
 * @param conflicts fields corrected by hand that the document would change (see
 * {@link HandCorrectionGuard})
 */
public record ImportReport(String fileName, String layout, Outcome outcome, String dialogueTitle, Long dialogueId,
		boolean matchedExistingDialogue, Map<String, Changes> changes, List<String> warnings, ParsedDocument parsed,
		List<Conflict> conflicts) {

	public ImportReport {
		conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
	}

	/** A report without conflicts. */
	public ImportReport(String fileName, String layout, Outcome outcome, String dialogueTitle, Long dialogueId,
			boolean matchedExistingDialogue, Map<String, Changes> changes, List<String> warnings,
			ParsedDocument parsed) {
		this(fileName, layout, outcome, dialogueTitle, dialogueId, matchedExistingDialogue, changes, warnings, parsed,
				List.of());
	}

	/**
	 * A field of an item that a person corrected and the document says otherwise: the
	 * hand value is kept unless the admin chose the document's ({@code documentTaken}).
	 * {@code correctedBy} and {@code correctedAt} name the last hand correction.
	 */
	public record Conflict(long itemId, String itemCode, String field, String handValue, String documentValue,
			String correctedBy, Instant correctedAt, boolean documentTaken) {
	}

	/**
	 * The admin's choice to take the document's value of {@code field} of item
	 * {@code itemId} over the hand correction.
	 */
	public record FieldChoice(long itemId, String field) {
	}

	/** What happened to a document as a whole. */
	public enum Outcome {

		/** Written (new or revised). */
		IMPORTED,
		/**
		 * This exact document (same content hash) was already imported; nothing changed.
		 */
		UNCHANGED,
		/** A dry run: the counts say what an import would do; nothing was written. */
		PREVIEW

	}

	/** Counts for one kind of element. */
	public record Changes(int created, int updated, int unchanged, int withdrawn) {

		public boolean isEmpty() {
			return created == 0 && updated == 0 && withdrawn == 0;
		}

		@Override
		public String toString() {
			return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + withdrawn
					+ " withdrawn";
		}

	}

	/** Whether anything was (or would be) written. */
	public boolean changedAnything() {
		return changes.values().stream().anyMatch(c -> !c.isEmpty());
	}

}
