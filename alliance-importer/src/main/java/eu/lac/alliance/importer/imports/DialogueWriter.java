package eu.lac.alliance.importer.imports;

import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.dialogue.CoChair;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.DialogueRepository;
import eu.lac.alliance.domain.dialogue.DialogueTheme;
import eu.lac.alliance.domain.organisation.Party;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedText;

/**
 * Finds or creates the dialogue a document describes and enriches it: another account
 * fills what the stored record lacks (dates, place, co-chairs' persons, themes) and never
 * overwrites what is there.
 */
@Component
class DialogueWriter {

	private final DialogueRepository dialogues;

	DialogueWriter(DialogueRepository dialogues) {
		this.dialogues = dialogues;
	}

	/** True when the document describes a dialogue already stored. */
	boolean write(ImportRun run) {
		ParsedDialogue parsed = run.parsed.dialogue();
		Optional<Dialogue> existing = DialogueMatcher.match(parsed,
				parsed == null || parsed.start() == null ? dialogues.findAll() : dialogues.findMatchCandidates(
						parsed.start().earliest(), (parsed.end() != null ? parsed.end() : parsed.start()).latest()));
		Country host = parsed == null ? null : run.references.country(parsed.countryCode());
		Dialogue dialogue;
		boolean changed;
		if (existing.isPresent()) {
			dialogue = existing.get();
			changed = parsed != null && dialogue.enrichWith(parsed.start(), parsed.end(), parsed.city(), host,
					parsed.participantCount(), parsed.participantCountQualifier());
		}
		else {
			String title = parsed != null && parsed.title() != null && !parsed.title().isBlank() ? parsed.title()
					: run.parsed.fileName();
			dialogue = new Dialogue(title,
					parsed != null && parsed.kind() != null ? parsed.kind() : DialogueKind.OTHER);
			if (parsed != null) {
				dialogue.scheduleAt(parsed.start(), parsed.end());
				dialogue.holdIn(parsed.city(), host);
				dialogue.recordParticipantCount(parsed.participantCount(), parsed.participantCountQualifier());
			}
			changed = true;
		}
		if (parsed != null) {
			changed |= enrichCoChairs(run, dialogue, parsed);
		}
		for (ParsedText theme : run.parsed.themes()) {
			changed |= dialogue.addTheme(new DialogueTheme(theme.text(), run.provenance(theme.lines())));
		}
		dialogue.describedBy(run.document);
		if (existing.isPresent()) {
			run.dialogue = dialogue;
			run.tally.changedOrNot("dialogues", changed);
			return true;
		}
		run.dialogue = dialogues.save(dialogue);
		run.tally.created("dialogues");
		return false;
	}

	/**
	 * Adds the co-chairs the dialogue lacks and names the person of those it has without
	 * one; a person already recorded stays.
	 */
	private static boolean enrichCoChairs(ImportRun run, Dialogue dialogue, ParsedDialogue parsed) {
		boolean changed = false;
		for (ParsedParty chair : parsed.coChairs()) {
			String person = chair.agencies().isEmpty() ? null : String.join(", ", chair.agencies());
			Optional<Party> party = run.references.party(chair);
			if (party.isEmpty()) {
				continue;
			}
			Optional<CoChair> stored = dialogue.getCoChairs()
				.stream()
				.filter(coChair -> coChair.isChairedBy(party.get()))
				.findFirst();
			if (stored.isPresent()) {
				changed |= stored.get().namePerson(person);
			}
			else {
				dialogue.addCoChair(CoChair.of(party.get(), person));
				changed = true;
			}
		}
		return changed;
	}

}
