package eu.lac.alliance.importer.party;

import java.util.List;

import eu.lac.alliance.importer.result.ParsedParty;

/**
 * The parties read from one list of participants, and what in it could not be read, so a
 * parser can warn about "Atlantis" rather than silently lose it.
 *
 * @param parties the parties in the order the document names them
 * @param problems one "expected ... but found ..." message per piece of text that was not
 * understood
 */
public record PartyList(List<ParsedParty> parties, List<String> problems) {

	public PartyList {
		parties = List.copyOf(parties);
		problems = List.copyOf(problems);
	}

	/** The ISO codes of the country parties, in order. */
	public List<String> countryCodes() {
		return parties.stream().filter(ParsedParty::isCountry).map(ParsedParty::countryCode).toList();
	}

	/** The names of the organisation parties, in order. */
	public List<String> organisationNames() {
		return parties.stream().filter(p -> !p.isCountry()).map(ParsedParty::organisation).toList();
	}

}
