package eu.lac.alliance.domain.imports;

/**
 * What an import does (or, in a preview, would do) to one action item.
 *
 * @param itemId the item's id (in a preview, the id an existing item has; a new item's id
 * exists only inside the rolled-back dry run)
 * @param code its code after the import
 * @param title its title after the import
 * @param outcome new, changed, unchanged or withdrawn
 */
public record ItemOutcome(long itemId, String code, String title, Outcome outcome) {

	/** What happens to an item. */
	public enum Outcome {

		NEW, CHANGED, UNCHANGED, WITHDRAWN

	}

}
