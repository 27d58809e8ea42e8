package eu.lac.alliance.importer.document;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;

/**
 * What parsers know beyond the text: the countries and organisations names are matched
 * against.
 */
public record ParseContext(CountryGazetteer countries, OrganisationDirectory organisations) {

	/**
	 * The context built from the reference gazetteer alone, as dry runs and parser tests
	 * use.
	 */
	public static ParseContext reference() {
		var countries = ReferenceData.countries();
		return new ParseContext(new CountryGazetteer(countries),
				new OrganisationDirectory(ReferenceData.organisations(countries)));
	}

}
