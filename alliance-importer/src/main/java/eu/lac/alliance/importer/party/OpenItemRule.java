package eu.lac.alliance.importer.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;

/**
 * The one rule for items whose document names no country to carry them: such an item is
 * open to every member of the Alliance, with a warning naming its line. The forum summary
 * (004) is the case: its agreements and commitments are the forum's, made "as part of the
 * EU-LAC Digital Alliance" with "EU Member States; LAC governments" as its political
 * actors, so no one country is named, and without this no focal point could ever log on
 * them. Applied to every layout once, after parsing, when a document is imported or
 * previewed and in the command line's dry run: the parsers report what the text says,
 * this rule is the portal's policy for what it leaves open.
 */
public final class OpenItemRule {

	private OpenItemRule() {
	}

	/**
	 * The document with every item that names no participating country (on itself, on an
	 * item above it, or on its policy area's co-lead line in the document) and is not
	 * open already, opened to every member, each with a warning.
	 */
	public static ParsedDocument apply(ParsedDocument document) {
		Map<String, ParsedActionItem> byCode = new HashMap<>();
		document.actionItems().forEach(item -> byCode.put(item.code(), item));
		Set<String> areasWithCountries = new HashSet<>();
		for (ParsedPolicyArea area : document.policyAreas()) {
			if (area.coLeads().stream().anyMatch(ParsedParty::isCountry)) {
				areasWithCountries.add(NameKey.of(area.name()));
			}
		}
		List<ParseWarning> warnings = new ArrayList<>(document.warnings());
		List<ParsedActionItem> items = new ArrayList<>();
		boolean changed = false;
		for (ParsedActionItem item : document.actionItems()) {
			if (opensOrNamesACountry(item, byCode) || areasWithCountries.contains(NameKey.of(item.policyArea()))) {
				items.add(item);
				continue;
			}
			items.add(item.openedToMembers());
			changed = true;
			warnings.add(ParseWarning.at(item.lines() == null ? 0 : item.lines().first(),
					"item " + item.code() + " names no participating country, nor does the document's co-lead line for "
							+ item.policyArea() + "; recorded as open to every member of the Alliance"));
		}
		if (!changed) {
			return document;
		}
		return new ParsedDocument(document.fileName(), document.contentHash(), document.layout(), document.dialogue(),
				document.policyAreas(), document.objectives(), items, document.members(), document.organisations(),
				document.groups(), warnings);
	}

	private static boolean opensOrNamesACountry(ParsedActionItem item, Map<String, ParsedActionItem> byCode) {
		Set<String> seen = new HashSet<>();
		for (ParsedActionItem level = item; level != null
				&& seen.add(level.code()); level = level.parentCode() == null ? null : byCode.get(level.parentCode())) {
			if (level.openToMembers() || level.participants().stream().anyMatch(ParsedParty::isCountry)) {
				return true;
			}
		}
		return false;
	}

}
