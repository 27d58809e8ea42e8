package eu.lac.alliance.importer.imports;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What an admin set or corrected before confirming an upload: the dialogue (merged into
 * an existing one, or its title, dates and place), the policy area of items the document
 * gives none, and unrecognised organisations mapped to known ones. Empty fields leave the
 * document's reading as it is.
 *
 * @param mergeIntoDialogue an existing dialogue the document is about, or null
 * @param dialogueTitle the dialogue's title, or null
 * @param dialogueStart its first day, or null
 * @param dialogueEnd its last day, or null
 * @param dialogueCity its city, or null
 * @param dialogueCountry its host country (ISO alpha-2), or null
 * @param policyAreaForItemsWithout the policy area of items without one, or null
 * @param organisations an unrecognised organisation's name as read, mapped to the name of
 * the known organisation it is (names not in the map are created as new organisations)
 * @param takeFromDocument the fields corrected by hand for which the admin takes the
 * revised document's value (the preview's {@link ImportReport#conflicts()}); every other
 * hand correction is kept
 */
public record ImportCorrections(Long mergeIntoDialogue, String dialogueTitle, LocalDate dialogueStart,
		LocalDate dialogueEnd, String dialogueCity, String dialogueCountry, String policyAreaForItemsWithout,
		Map<String, String> organisations, Set<ImportReport.FieldChoice> takeFromDocument) {

	public ImportCorrections {
		dialogueTitle = blankToNull(dialogueTitle);
		dialogueCity = blankToNull(dialogueCity);
		dialogueCountry = blankToNull(dialogueCountry);
		policyAreaForItemsWithout = blankToNull(policyAreaForItemsWithout);
		organisations = organisations == null ? Map.of() : Map.copyOf(organisations);
		takeFromDocument = takeFromDocument == null ? Set.of() : Set.copyOf(takeFromDocument);
	}

	/** Corrections that keep every hand correction. */
	public ImportCorrections(Long mergeIntoDialogue, String dialogueTitle, LocalDate dialogueStart,
			LocalDate dialogueEnd, String dialogueCity, String dialogueCountry, String policyAreaForItemsWithout,
			Map<String, String> organisations) {
		this(mergeIntoDialogue, dialogueTitle, dialogueStart, dialogueEnd, dialogueCity, dialogueCountry,
				policyAreaForItemsWithout, organisations, Set.of());
	}

	/** No corrections: the document as read. */
	public static ImportCorrections none() {
		return new ImportCorrections(null, null, null, null, null, null, null, Map.of());
	}

	/** Whether any field of the dialogue is set by hand. */
	public boolean changesDialogue() {
		return mergeIntoDialogue != null || dialogueTitle != null || dialogueStart != null || dialogueEnd != null
				|| dialogueCity != null || dialogueCountry != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
