package eu.lac.alliance.domain.correction;

import java.util.Set;

import eu.lac.alliance.domain.organisation.OrganisationKind;

/** An organisation's names, kind and country as a person corrects them. */
public record OrganisationChanges(String name, String acronym, OrganisationKind kind, String countryCode,
		Set<String> aliases) {

	public OrganisationChanges {
		aliases = Set.copyOf(aliases);
	}

}
