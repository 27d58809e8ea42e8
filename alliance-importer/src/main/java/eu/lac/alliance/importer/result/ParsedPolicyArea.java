package eu.lac.alliance.importer.result;

import java.util.List;

import eu.lac.alliance.domain.source.LineSpan;

/**
 * A policy area as one document speaks of it.
 *
 * @param name the policy area's name ("Cybersecurity", "Artificial Intelligence", "EU-LAC
 * Digital Alliance in the Caribbean")
 * @param objective its objective ("Objective until 2025"), or null
 * @param coLeads co-leads, partner member states and implementing agencies, each with its
 * role
 * @param challenges the challenges stated, one entry per bullet or sentence group, as
 * text
 * @param lines the block of the document about this area
 */
public record ParsedPolicyArea(String name, String objective, List<ParsedParty> coLeads, List<ParsedText> challenges,
		LineSpan lines) {

	public ParsedPolicyArea {
		coLeads = List.copyOf(coLeads);
		challenges = List.copyOf(challenges);
	}

}
