package eu.lac.alliance.domain.organisation;

/**
 * A party as pages name and link it: a country (by its code), an organisation (by its id)
 * or a group, which has no page of its own.
 */
public record PartyRef(String countryCode, Long organisationId, Long groupId, String name) {

	public PartyRef {
		int set = (countryCode == null ? 0 : 1) + (organisationId == null ? 0 : 1) + (groupId == null ? 0 : 1);
		if (set != 1 || name == null) {
			throw new IllegalArgumentException("a party is exactly one of a country, an organisation or a group");
		}
	}

	public boolean isCountry() {
		return countryCode != null;
	}

	public boolean isOrganisation() {
		return organisationId != null;
	}

}
