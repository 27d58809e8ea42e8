package eu.lac.alliance.web.imports;

import java.util.List;

/**
 * What the preview page shows of an upload, computed once when the file arrives or is
 * corrected and stored with the preview as JSON, so the page reads one row: the tree the
 * importer found, what each item would become, the counts and every warning.
 *
 * @param fileName the file
 * @param layout the layout it was read as
 * @param alreadyImported true when this exact file was imported before (nothing would
 * change)
 * @param dialogue the dialogue as it would be written
 * @param areas policy areas with their objectives and items, in document order
 * @param withdrawn items of an earlier version the import would withdraw
 * @param counts per kind of element, what the import would do
 * @param warnings every warning, with its line
 * @param unrecognised organisations the directory does not know (each can be mapped)
 * @param itemsWithoutArea how many items the document gives no policy area
 * @param conflicts fields people corrected by hand that the document says otherwise, each
 * with the admin's current choice (previews stored before conflicts were shown have none)
 */
record PreviewView(String fileName, String layout, boolean alreadyImported, DialogueView dialogue, List<AreaView> areas,
		List<ItemView> withdrawn, List<CountView> counts, List<String> warnings, List<String> unrecognised,
		int itemsWithoutArea, List<ConflictView> conflicts) {

	PreviewView {
		conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
	}

	/**
	 * A hand-corrected field the document would change: the item, the field, the hand
	 * value with who corrected it last and when (UTC), the document's value, and whether
	 * the admin takes the document's value ({@code documentTaken}) or keeps the hand one.
	 * {@code key} ({@code itemId:field}) names the choice in the correction form.
	 */
	record ConflictView(String key, long itemId, String itemCode, String field, String handValue, String documentValue,
			String correctedBy, String correctedAt, boolean documentTaken) {
	}

	/**
	 * The dialogue: its facts, and whether it is one already stored (then its id).
	 */
	record DialogueView(String title, String kind, String start, String end, String city, String country,
			List<PartyView> coChairs, Long existingId) {
	}

	/** A policy area with its co-leads, objectives and the items under none of them. */
	record AreaView(String name, String objective, List<PartyView> coLeads, List<ObjectiveView> objectives,
			List<ItemView> items) {
	}

	/** An objective (action area, component) with its items. */
	record ObjectiveView(String code, String title, String text, List<ItemView> items) {
	}

	/**
	 * A participant as the document names it: a country's code or an organisation's name,
	 * its role (null when the document gives none; the page says it in its language) and
	 * agencies.
	 */
	record PartyView(String name, String role, List<String> agencies) {
	}

	/**
	 * An item as it would be written: depth under its parent, participants, deadline,
	 * lines, and what happens to it (NEW, CHANGED, UNCHANGED, WITHDRAWN) with the
	 * existing item's id where there is one.
	 */
	record ItemView(String code, int depth, String title, List<PartyView> participants, String deadline, String lines,
			String outcome, Long existingId) {
	}

	/** What the import would do to one kind of element. */
	record CountView(String kind, int created, int updated, int unchanged, int withdrawn) {
	}

}
