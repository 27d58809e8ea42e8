package eu.lac.alliance.domain.policyarea;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.organisation.PartyRef;

/**
 * One line of a policy area's co-lead line in a dialogue, as the area, country and
 * organisation pages show it.
 */
public record CoLeadLine(long dialogueId, String dialogueTitle, String areaName, String areaSlug, PartyRef party,
		ParticipantRole role, String note) {

}
