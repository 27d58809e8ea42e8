package eu.lac.alliance.importer.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.importer.result.ParsedOrganisation;

/**
 * Collects the organisations one document names, once each, resolving them through the directory so
 * that "FIIAP", "FIIAPP" and the full Spanish name become one organisation.
 */
public final class OrganisationCatalogue {

	private final OrganisationDirectory directory;

	private final Map<String, ParsedOrganisation> byKey = new LinkedHashMap<>();

	public OrganisationCatalogue(OrganisationDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Records a mention and returns the name to use for it: the directory's canonical name when known,
	 * else the mention as written. {@code kindIfUnknown} and {@code countryIfUnknown} describe an
	 * organisation the directory does not know (the parser's best knowledge from context).
	 */
	public String mention(String mention, OrganisationKind kindIfUnknown, String countryIfUnknown) {
		String cleaned = mention.strip();
		var known = directory.find(cleaned);
		if (known.isPresent()) {
			Organisation organisation = known.get();
			String key = NameKey.of(organisation.getName());
			byKey.putIfAbsent(key,
					new ParsedOrganisation(organisation.getName(), organisation.getAcronym(), organisation.getKind(),
							organisation.getCountry() == null ? null : organisation.getCountry().getCode(), true));
			return organisation.getName();
		}
		byKey.putIfAbsent(NameKey.of(cleaned),
				new ParsedOrganisation(cleaned, null, kindIfUnknown, countryIfUnknown, false));
		return byKey.get(NameKey.of(cleaned)).name();
	}

	/** Every organisation mentioned so far, in order of first mention. */
	public List<ParsedOrganisation> organisations() {
		return new ArrayList<>(byKey.values());
	}

}
