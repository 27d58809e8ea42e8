package eu.lac.alliance.importer.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.Participation;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.organisation.Party;
import eu.lac.alliance.domain.policyarea.Objective;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;

/**
 * Applies a document's items to the dialogue: {@link ItemRevisionMatch} says which stored
 * item each revises; this writes the answer (revise, renumber, create, withdraw), with
 * participants, deadlines, objective and parent.
 */
@Component
class ActionItemWriter {

	private final ActionItemRepository actionItems;

	private final HandCorrectionGuard handCorrections;

	ActionItemWriter(ActionItemRepository actionItems, HandCorrectionGuard handCorrections) {
		this.actionItems = actionItems;
		this.handCorrections = handCorrections;
	}

	void write(ImportRun run) {
		List<ActionItem> previous = new ArrayList<>();
		Set<String> codesOfOtherDocuments = new HashSet<>();
		for (ActionItem item : actionItems.findByDialogueId(run.dialogue.getId())) {
			if (run.fromSameLayout(item.getProvenance())) {
				previous.add(item);
			}
			else {
				codesOfOtherDocuments.add(item.getCode());
			}
		}
		HandCorrectionGuard.Watch corrected = handCorrections.watch(previous);
		List<ParsedActionItem> incoming = UniqueItemCodes.of(run.parsed.actionItems(), codesOfOtherDocuments,
				run.parsed.layout().format(), run.parsed.fileName(), run.warnings);
		ItemRevisionMatch<ActionItem> match = ItemRevisionMatch.of(
				incoming.stream()
					.map(parsed -> new ItemRevisionMatch.Wording<>(parsed.code(), parsed.code(),
							wording(parsed.title(), parsed.description())))
					.toList(),
				previous.stream()
					.map(item -> new ItemRevisionMatch.Wording<>(item, item.getCode(),
							wording(item.getTitle(), item.getDescription())))
					.toList());
		for (ActionItem item : match.movedAside()) {
			item.renumber(item.getCode() + "~" + item.getId());
		}
		if (!match.movedAside().isEmpty()) {
			actionItems.flush();
		}
		Map<String, ActionItem> byCode = new HashMap<>(match.byCode());
		for (ParsedActionItem parsed : incoming) {
			PolicyArea area = run.references.policyArea(parsed.policyArea());
			run.dialogue.cover(area);
			ActionItem item = byCode.get(parsed.code());
			List<Participation> participations = participations(run, parsed.participants());
			if (item == null) {
				item = new ActionItem(run.dialogue, area, parsed.code(), parsed.title(), parsed.description(),
						parsed.category(), run.provenance(parsed.lines()));
				item.dueBy(parsed.deadline());
				item.alsoDueBy(parsed.furtherDeadlines());
				participations.forEach(item::addParticipation);
				opennessAsStated(item, parsed);
				item = actionItems.save(item);
				byCode.put(parsed.code(), item);
				run.tally.created("actionItems");
			}
			else {
				boolean changed = item.renumber(parsed.code());
				changed |= item.revise(parsed.title(), parsed.description(), parsed.category(), parsed.deadline(),
						run.provenance(parsed.lines()));
				changed |= item.alsoDueBy(parsed.furtherDeadlines());
				changed |= item.replaceParticipations(participations);
				changed |= opennessAsStated(item, parsed);
				run.tally.changedOrNot("actionItems", changed);
			}
			Objective objective = parsed.objectiveCode() != null ? run.objectivesByCode.get(parsed.objectiveCode())
					: run.defaultObjective(area.getName());
			item.serve(objective);
		}
		for (ParsedActionItem parsed : incoming) {
			ActionItem parent = parsed.parentCode() == null ? null : byCode.get(parsed.parentCode());
			if (parsed.parentCode() != null && parent == null) {
				run.warnings.add(run.parsed.fileName() + ", " + parsed.lines() + ": item " + parsed.code()
						+ " names parent " + parsed.parentCode() + ", which the document does not contain");
			}
			byCode.get(parsed.code()).placeUnder(parent);
		}
		for (ActionItem item : match.withdrawn()) {
			if (item.withdraw()) {
				run.tally.withdrawn("actionItems");
			}
		}
		corrected.settle(run, actionItems.findByDialogueId(run.dialogue.getId()));
	}

	private static String wording(String title, String description) {
		return title + " " + Objects.requireNonNullElse(description, "");
	}

	private static List<Participation> participations(ImportRun run, List<ParsedParty> parties) {
		List<Participation> result = new ArrayList<>();
		for (ParsedParty party : parties) {
			if (party.isCountry()) {
				Country country = run.references.country(party.countryCode());
				if (country == null) {
					run.warnings.add("unknown country code " + party.countryCode() + " (" + party.wording() + ")");
					continue;
				}
				List<Organisation> agencies = new ArrayList<>();
				for (String agency : party.agencies()) {
					agencies
						.add(run.references.linked(run.references.organisation(agency, new ParsedOrganisation(agency,
								null, OrganisationKind.NATIONAL_AGENCY, country.getCode(), false))));
				}
				result.add(Participation.ofCountry(country, party.role(), agencies, party.wording()));
				continue;
			}
			Optional<Party> resolved = run.references.party(party);
			if (resolved.get().isGroup()) {
				result.add(Participation.ofGroup(resolved.get().getGroup(), party.role(), party.wording()));
			}
			else {
				result
					.add(Participation.ofOrganisation(resolved.get().getOrganisation(), party.role(), party.wording()));
			}
		}
		return result;
	}

	/**
	 * Opens the item to every member, or limits it to its named parties, as the document
	 * now says; true when that changed.
	 */
	private static boolean opennessAsStated(ActionItem item, ParsedActionItem parsed) {
		return parsed.openToMembers() ? item.openToEveryMember() : item.limitToNamedParties();
	}

}
