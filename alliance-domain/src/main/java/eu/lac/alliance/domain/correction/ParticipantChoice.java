package eu.lac.alliance.domain.correction;

import java.util.List;

import eu.lac.alliance.domain.actionitem.ParticipantRole;

/**
 * One participant as a person enters it: exactly one of a country, an organisation or a
 * group, its role, and (with a country) the agencies named by name or acronym.
 */
public record ParticipantChoice(String countryCode, Long organisationId, Long groupId, ParticipantRole role,
		List<String> agencies) {

	public ParticipantChoice {
		agencies = List.copyOf(agencies);
	}

}
