package eu.lac.alliance.importer.result;

import java.util.List;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.Deadline;
import eu.lac.alliance.domain.source.LineSpan;

/**
 * One trackable piece of work: a numbered action ("7"), a lettered sub-item ("7.c"), an
 * activity of a takeaways table ("1.1-b"), a cooperation opportunity, a next step or a
 * commitment.
 *
 * @param code hierarchical code, unique within the document ("7", "7.c", "2.1-b",
 * "CYB-NS-1")
 * @param title one line that names it (the activity column, or the first sentence)
 * @param description the full text, markup removed
 * @param category the kind of work
 * @param parentCode the code of the item it belongs to, or null
 * @param objectiveCode the code of the objective (action area or component) it serves, or
 * null
 * @param policyArea the policy area's name
 * @param participants countries and organisations named with this item (interested,
 * co-lead, ...)
 * @param deadline when it is due, or null
 * @param lines first and last line it was read from
 * @param furtherDeadlines deadlines stated after {@code deadline}, which is the earliest
 * and the one the portal measures
 * @param openToMembers whether the document opens it to every member of the Alliance
 * (besides the parties it names)
 */
public record ParsedActionItem(String code, String title, String description, ActionItemCategory category,
		String parentCode, String objectiveCode, String policyArea, List<ParsedParty> participants, Deadline deadline,
		LineSpan lines, List<Deadline> furtherDeadlines, boolean openToMembers) {

	/** An item with further deadlines, for the parties its document names only. */
	public ParsedActionItem(String code, String title, String description, ActionItemCategory category,
			String parentCode, String objectiveCode, String policyArea, List<ParsedParty> participants,
			Deadline deadline, LineSpan lines, List<Deadline> furtherDeadlines) {
		this(code, title, description, category, parentCode, objectiveCode, policyArea, participants, deadline, lines,
				furtherDeadlines, false);
	}

	/** An item with at most one deadline. */
	public ParsedActionItem(String code, String title, String description, ActionItemCategory category,
			String parentCode, String objectiveCode, String policyArea, List<ParsedParty> participants,
			Deadline deadline, LineSpan lines, boolean openToMembers) {
		this(code, title, description, category, parentCode, objectiveCode, policyArea, participants, deadline, lines,
				List.of(), openToMembers);
	}

	public ParsedActionItem {
		furtherDeadlines = List.copyOf(furtherDeadlines);
		participants = List.copyOf(participants);
	}

	/** An item for the parties its document names only. */
	public ParsedActionItem(String code, String title, String description, ActionItemCategory category,
			String parentCode, String objectiveCode, String policyArea, List<ParsedParty> participants,
			Deadline deadline, LineSpan lines) {
		this(code, title, description, category, parentCode, objectiveCode, policyArea, participants, deadline, lines,
				List.of(), false);
	}

	/** The same item, open to every member of the Alliance. */
	public ParsedActionItem openedToMembers() {
		return new ParsedActionItem(code, title, description, category, parentCode, objectiveCode, policyArea,
				participants, deadline, lines, furtherDeadlines, true);
	}

	/** The same item under another code (a code the dialogue already uses). */
	public ParsedActionItem recoded(String newCode) {
		return new ParsedActionItem(newCode, title, description, category, parentCode, objectiveCode, policyArea,
				participants, deadline, lines, furtherDeadlines, openToMembers);
	}

}
