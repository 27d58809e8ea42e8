package eu.lac.alliance.domain.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CityReferenceTest {

	@Test
	void everyCityBelongsToACountryOfTheGazetteerAndEveryCountryHasItsCapital() {
		var cities = ReferenceData.cityCountries();
		Set<String> codes = ReferenceData.countries().stream().map(Country::getCode).collect(Collectors.toSet());

		assertThat(codes).containsAll(cities.values());
		assertThat(Set.copyOf(cities.values())).containsExactlyInAnyOrderElementsOf(codes);
	}

	@Test
	void citiesAreFoundHoweverTheyAreWritten() {
		var cities = ReferenceData.cityCountries();

		assertThat(cities.get(NameKey.of("Bogota"))).isEqualTo("CO");
		assertThat(cities.get(NameKey.of("Santa Marta"))).isEqualTo("CO");
		assertThat(cities.get(NameKey.of("Ciudad de México"))).isEqualTo("MX");
		assertThat(cities.get(NameKey.of("St. John's"))).isEqualTo("AG");
		assertThat(cities.get(NameKey.of("Atlantis"))).isNull();
	}

}
