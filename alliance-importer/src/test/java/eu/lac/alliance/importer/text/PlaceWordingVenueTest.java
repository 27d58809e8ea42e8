package eu.lac.alliance.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.lac.alliance.importer.document.ParseContext;

/**
 * Where an event took place, when prose names several places and a venue comes without
 * its country.
 */
class PlaceWordingVenueTest {

	private static final ParseContext CONTEXT = ParseContext.reference();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"The forum took place in Madrid from October 23-25, 2024, and will inform the dialogue in Chile.|Madrid|ES",
			"Ministers met in Cartagena de Indias to review the roadmap agreed in Brazil.|Cartagena de Indias|CO",
			"The dialogue, held in Bridgetown, built on work in Jamaica and in Guyana.|Bridgetown|BB",
			"El diálogo se celebró en Ciudad de Panamá con expertos de Perú.|Ciudad de Panamá|PA",
			"O fórum realizou-se em Lisboa.|Lisboa|PT",
			"Progress reported in Peru was discussed in Brussels.|Brussels|BE" })
	void theVenueOfTheEventWinsAndACapitalBringsItsCountry(String prose, String city, String country) {
		var place = PlaceWording.findIn(prose, CONTEXT.countries()).orElseThrow();

		assertThat(place.city()).isEqualTo(city);
		assertThat(place.countryCode()).isEqualTo(country);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "The rule was upheld in Chile.|CL", "A workshop in Peru.|PE" })
	void aCountryAloneIsStillFoundWhenNoEventVerbOrCityIsThere(String prose, String country) {
		var place = PlaceWording.findIn(prose, CONTEXT.countries()).orElseThrow();

		assertThat(place.city()).isNull();
		assertThat(place.countryCode()).isEqualTo(country);
	}

}
