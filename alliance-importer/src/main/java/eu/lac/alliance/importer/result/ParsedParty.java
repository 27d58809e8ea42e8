package eu.lac.alliance.importer.result;

import java.util.List;

import eu.lac.alliance.domain.actionitem.ParticipantRole;

/**
 * One country or organisation named as taking part, with its role and the agencies named
 * with it: "Brazil (MGI and MCTI)" is country BR with agencies [MGI, MCTI]. Exactly one
 * of {@code countryCode} and {@code organisation} is set.
 *
 * @param countryCode ISO alpha-2 when the party is a country
 * @param organisation the organisation's name as the document gives it, when the party is
 * an organisation or a group
 * @param role why it is named
 * @param agencies agencies, ministries or people named with it, in order
 * @param wording the document's own words for this party
 */
public record ParsedParty(String countryCode, String organisation, ParticipantRole role, List<String> agencies,
		String wording) {

	public ParsedParty {
		if ((countryCode == null) == (organisation == null)) {
			throw new IllegalArgumentException("a party is a country or an organisation: " + wording);
		}
		agencies = List.copyOf(agencies);
	}

	public static ParsedParty country(String code, ParticipantRole role, List<String> agencies, String wording) {
		return new ParsedParty(code, null, role, agencies, wording);
	}

	public static ParsedParty organisation(String name, ParticipantRole role, String wording) {
		return new ParsedParty(null, name, role, List.of(), wording);
	}

	public boolean isCountry() {
		return countryCode != null;
	}

}
