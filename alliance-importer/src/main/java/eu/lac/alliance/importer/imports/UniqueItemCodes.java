package eu.lac.alliance.importer.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.lac.alliance.importer.result.ParsedActionItem;

/**
 * Gives a document's items codes that are unique in their dialogue: a code repeated in
 * the document, or used by another document of the dialogue, gets a suffix (and a
 * warning) rather than failing the import. Pure, so it is tested without a database.
 */
final class UniqueItemCodes {

	private UniqueItemCodes() {
	}

	static List<ParsedActionItem> of(List<ParsedActionItem> items, Set<String> codesOfOtherDocuments, String layout,
			String fileName, List<String> warnings) {
		Set<String> seen = new HashSet<>();
		List<ParsedActionItem> unique = new ArrayList<>();
		for (ParsedActionItem parsed : items) {
			String code = codesOfOtherDocuments.contains(parsed.code()) ? parsed.code() + "/" + layout : parsed.code();
			String candidate = code;
			for (int n = 2; !seen.add(candidate); n++) {
				candidate = code + "#" + n;
			}
			if (!candidate.equals(parsed.code())) {
				warnings.add(fileName + ", " + parsed.lines() + ": item code " + parsed.code()
						+ " is taken; recorded as " + candidate);
				parsed = parsed.recoded(candidate);
			}
			unique.add(parsed);
		}
		return unique;
	}

}
