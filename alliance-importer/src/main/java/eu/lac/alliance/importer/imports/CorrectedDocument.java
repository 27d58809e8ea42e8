package eu.lac.alliance.importer.imports;

import java.util.List;
import java.util.Map;

import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedGroup;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;

/**
 * Rewrites a parse result as an admin corrected it, before anything is written, so that
 * the writers stay as they are and a corrected import is written exactly like a document
 * that said so itself. Pure: no database, no Spring.
 */
public final class CorrectedDocument {

	private CorrectedDocument() {
	}

	/**
	 * {@code parsed} with {@code corrections} applied; {@code mergeTarget} is the stored
	 * dialogue the admin merges into (its title, dates and place, so the writer's matcher
	 * finds it), or null.
	 */
	public static ParsedDocument apply(ParsedDocument parsed, ImportCorrections corrections,
			ParsedDialogue mergeTarget) {
		Map<String, String> mapped = corrections.organisations();
		ParsedDialogue dialogue = dialogue(parsed.dialogue(), corrections, mergeTarget, mapped);
		List<ParsedPolicyArea> areas = parsed.policyAreas()
			.stream()
			.map(area -> new ParsedPolicyArea(area.name(), area.objective(), parties(area.coLeads(), mapped),
					area.challenges(), area.lines()))
			.toList();
		List<ParsedActionItem> items = parsed.actionItems()
			.stream()
			.map(item -> new ParsedActionItem(item.code(), item.title(), item.description(), item.category(),
					item.parentCode(), item.objectiveCode(),
					item.policyArea() == null || item.policyArea().isBlank() ? corrections.policyAreaForItemsWithout()
							: item.policyArea(),
					parties(item.participants(), mapped), item.deadline(), item.lines(), item.furtherDeadlines(),
					item.openToMembers()))
			.toList();
		List<ParsedOrganisation> organisations = parsed.organisations()
			.stream()
			.map(organisation -> mapped.containsKey(organisation.name())
					? new ParsedOrganisation(mapped.get(organisation.name()), null, organisation.kind(), null, true)
					: organisation)
			.distinct()
			.toList();
		List<ParsedGroup> groups = parsed.groups()
			.stream()
			.map(group -> new ParsedGroup(group.name(), parties(group.members(), mapped), group.lines()))
			.toList();
		return new ParsedDocument(parsed.fileName(), parsed.contentHash(), parsed.layout(), dialogue, areas,
				parsed.objectives(), items, parsed.members(), organisations, groups, parsed.warnings(),
				parsed.themes());
	}

	private static ParsedDialogue dialogue(ParsedDialogue read, ImportCorrections corrections,
			ParsedDialogue mergeTarget, Map<String, String> mapped) {
		if (read == null && !corrections.changesDialogue()) {
			return null;
		}
		List<ParsedParty> coChairs = read == null ? List.of() : parties(read.coChairs(), mapped);
		DialogueKind kind = read == null || read.kind() == null ? DialogueKind.OTHER : read.kind();
		if (mergeTarget != null) {
			return new ParsedDialogue(mergeTarget.title(), mergeTarget.kind() != null ? mergeTarget.kind() : kind,
					mergeTarget.start(), mergeTarget.end(), mergeTarget.city(), mergeTarget.countryCode(), coChairs,
					read == null ? null : read.participantCount(), read == null ? null : read.lines(),
					read == null ? null : read.participantCountQualifier());
		}
		PartialDate start = corrections.dialogueStart() != null ? PartialDate.day(corrections.dialogueStart())
				: read == null ? null : read.start();
		PartialDate end = corrections.dialogueEnd() != null ? PartialDate.day(corrections.dialogueEnd())
				: corrections.dialogueStart() != null ? start : read == null ? null : read.end();
		return new ParsedDialogue(
				corrections.dialogueTitle() != null ? corrections.dialogueTitle() : read == null ? null : read.title(),
				kind, start, end,
				corrections.dialogueCity() != null ? corrections.dialogueCity() : read == null ? null : read.city(),
				corrections.dialogueCountry() != null ? corrections.dialogueCountry()
						: read == null ? null : read.countryCode(),
				coChairs, read == null ? null : read.participantCount(), read == null ? null : read.lines(),
				read == null ? null : read.participantCountQualifier());
	}

	private static List<ParsedParty> parties(List<ParsedParty> parties, Map<String, String> mapped) {
		if (mapped.isEmpty()) {
			return parties;
		}
		return parties.stream()
			.map(party -> !party.isCountry() && mapped.containsKey(party.organisation()) ? new ParsedParty(null,
					mapped.get(party.organisation()), party.role(), party.agencies(), party.wording()) : party)
			.toList();
	}

}
