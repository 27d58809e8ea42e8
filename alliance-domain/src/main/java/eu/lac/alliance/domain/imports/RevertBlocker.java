package eu.lac.alliance.domain.imports;

/**
 * Something that prevents reverting an import: a progress update logged against an item
 * it created, a later import of the same dialogue that has not been reverted, or the
 * import having changed records that existed before it.
 *
 * @param reason which of these
 * @param subjectId the progress update's or the later run's id, or null
 * @param itemId the item the update is logged against, or null
 * @param itemCode that item's code, or null
 * @param detail who logged it and when, or the later run's file name
 */
public record RevertBlocker(Reason reason, Long subjectId, Long itemId, String itemCode, String detail) {

	/** Why an import cannot be reverted. */
	public enum Reason {

		PROGRESS_LOGGED, LATER_IMPORT, CHANGED_EXISTING, ALREADY_REVERTED

	}

}
