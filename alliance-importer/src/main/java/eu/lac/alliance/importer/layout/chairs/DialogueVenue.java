package eu.lac.alliance.importer.layout.chairs;

import java.util.Optional;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.importer.text.PlaceWording;

/**
 * Where a dialogue was held, as the opening sentence says it: "held in Santo Domingo
 * (Dominican Republic)", "held in Santo Domingo, Dominican Republic, on ...", "celebrado
 * en Montevideo (Uruguay)". This finds the "held in" that introduces the venue;
 * {@link PlaceWording} reads the place itself, so the country may be in brackets, after a
 * comma, or part of the city's own name ("Santiago de Chile").
 *
 * @param city the host city as written, or null when the venue names a country alone
 * @param countryCode the host country, ISO alpha-2, or null when the gazetteer does not
 * know it
 * @param end the index in the searched text where the place ends
 */
record DialogueVenue(String city, String countryCode, int end) {

	private static final int SEARCH_WINDOW = 400;

	/**
	 * The venue stated in {@code text} from {@code from} on, within a sentence's reach.
	 */
	static Optional<DialogueVenue> in(String text, int from, CountryGazetteer countries) {
		int limit = Math.min(text.length(), from + SEARCH_WINDOW);
		int start = PlaceWording.venueStart(text, from, limit);
		if (start < 0) {
			return Optional.empty();
		}
		return PlaceWording.readAt(text, start, countries)
			.map(place -> new DialogueVenue(place.city(), place.countryCode(), start + place.wording().length()));
	}

}
