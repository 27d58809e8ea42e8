package eu.lac.alliance.importer.result;

import java.util.List;

import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseWarning;

/**
 * Everything a parser found in one document, before anything is written: the unit a
 * preview shows and an import writes in one transaction.
 *
 * @param fileName the file it came from
 * @param contentHash SHA-256 of the raw bytes
 * @param layout the layout detected
 * @param dialogue the dialogue, forum or event the document describes
 * @param policyAreas the policy areas it speaks of, each with objective, co-leads and
 * challenges
 * @param objectives overall, action-area and component objectives (policy-area objectives
 * stay on the policy area)
 * @param actionItems every numbered action, sub-item, activity, opportunity, next step
 * and commitment, in document order
 * @param members Alliance memberships the document states
 * @param organisations every organisation or company the document names, once each
 * @param groups named groups it defines ("SCALAC members") with their members
 * @param warnings things understood only partly, each naming its line
 * @param themes what the dialogue was organised around (a press release's pillars), not
 * action areas
 */
public record ParsedDocument(String fileName, String contentHash, Layout layout, ParsedDialogue dialogue,
		List<ParsedPolicyArea> policyAreas, List<ParsedObjective> objectives, List<ParsedActionItem> actionItems,
		List<ParsedMembership> members, List<ParsedOrganisation> organisations, List<ParsedGroup> groups,
		List<ParseWarning> warnings, List<ParsedText> themes) {

	/** A document that states no themes (every layout but the press release). */
	public ParsedDocument(String fileName, String contentHash, Layout layout, ParsedDialogue dialogue,
			List<ParsedPolicyArea> policyAreas, List<ParsedObjective> objectives, List<ParsedActionItem> actionItems,
			List<ParsedMembership> members, List<ParsedOrganisation> organisations, List<ParsedGroup> groups,
			List<ParseWarning> warnings) {
		this(fileName, contentHash, layout, dialogue, policyAreas, objectives, actionItems, members, organisations,
				groups, warnings, List.of());
	}

	public ParsedDocument {
		themes = List.copyOf(themes);
		policyAreas = List.copyOf(policyAreas);
		objectives = List.copyOf(objectives);
		actionItems = List.copyOf(actionItems);
		members = List.copyOf(members);
		organisations = List.copyOf(organisations);
		groups = List.copyOf(groups);
		warnings = List.copyOf(warnings);
	}

	/** The warnings as every report prints them ("line 12: ..."). */
	public List<String> warningTexts() {
		return warnings.stream().map(ParseWarning::rendered).toList();
	}

}
