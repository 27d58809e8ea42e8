package eu.lac.alliance.importer.imports;

import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.organisation.Party;
import eu.lac.alliance.domain.policyarea.Challenge;
import eu.lac.alliance.domain.policyarea.ChallengeRepository;
import eu.lac.alliance.domain.policyarea.CoLead;
import eu.lac.alliance.domain.policyarea.CoLeadRepository;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.result.ParsedText;

/**
 * Writes what a document says about each policy area of the dialogue: that the dialogue
 * covers it, its challenges, and who co-leads, partners, implements or acts in it. A
 * re-import replaces what the same layout wrote before.
 */
@Component
class CoLeadWriter {

	private final ChallengeRepository challenges;

	private final CoLeadRepository coLeads;

	CoLeadWriter(ChallengeRepository challenges, CoLeadRepository coLeads) {
		this.challenges = challenges;
		this.coLeads = coLeads;
	}

	void write(ImportRun run) {
		int oldChallenges = 0;
		for (Challenge challenge : challenges.findByDialogueId(run.dialogue.getId())) {
			if (run.fromSameLayout(challenge.getProvenance())) {
				challenges.delete(challenge);
				oldChallenges++;
			}
		}
		int oldCoLeads = 0;
		for (CoLead coLead : coLeads.findByDialogueId(run.dialogue.getId())) {
			if (run.fromSameLayout(coLead.getProvenance())) {
				coLeads.delete(coLead);
				oldCoLeads++;
			}
		}
		int newChallenges = 0;
		int newCoLeads = 0;
		for (ParsedPolicyArea area : run.parsed.policyAreas()) {
			PolicyArea policyArea = run.references.policyArea(area.name());
			run.dialogue.cover(policyArea);
			int position = 0;
			for (ParsedText challenge : area.challenges()) {
				challenges.save(new Challenge(run.dialogue, policyArea, ++position, challenge.text(),
						run.provenance(challenge.lines())));
				newChallenges++;
			}
			for (ParsedParty parsed : area.coLeads()) {
				Optional<Party> party = run.references.party(parsed);
				if (party.isEmpty()) {
					continue;
				}
				String note = !parsed.agencies().isEmpty() ? String.join(", ", parsed.agencies())
						: parsed.role() == eu.lac.alliance.domain.actionitem.ParticipantRole.ACTOR ? parsed.wording()
								: null;
				coLeads.save(new CoLead(run.dialogue, policyArea, party.get(), parsed.role(), note,
						run.provenance(area.lines())));
				newCoLeads++;
			}
		}
		tallyReplaced(run, "challenges", oldChallenges, newChallenges);
		tallyReplaced(run, "coLeads", oldCoLeads, newCoLeads);
	}

	private static void tallyReplaced(ImportRun run, String kind, int before, int after) {
		for (int i = 0; i < Math.min(before, after); i++) {
			run.tally.unchanged(kind);
		}
		for (int i = before; i < after; i++) {
			run.tally.created(kind);
		}
		for (int i = after; i < before; i++) {
			run.tally.withdrawn(kind);
		}
	}

}
