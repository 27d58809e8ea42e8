package eu.lac.alliance.importer.result;

import eu.lac.alliance.domain.organisation.OrganisationKind;

/**
 * An organisation the document names.
 *
 * @param name its canonical name when the directory knows it, else the name as written
 * @param acronym its acronym, or null
 * @param kind what sort of body (best guess for unknown ones)
 * @param countryCode its country, when it has one
 * @param known true when it matched the organisation directory
 */
public record ParsedOrganisation(String name, String acronym, OrganisationKind kind, String countryCode,
		boolean known) {
}
