package eu.lac.alliance.domain.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.organisation.Organisation;

class ReferenceDataTest {

	private final List<Country> countries = ReferenceData.countries();

	@Test
	void theGazetteerHoldsThe27MemberStatesAndThe33LatinAmericanAndCaribbeanCountries() {
		assertThat(countries).hasSize(60);
		assertThat(countries).filteredOn(c -> c.getRegion() == Region.EU_MEMBER_STATE).hasSize(27);
		assertThat(countries).filteredOn(c -> c.getRegion() == Region.LATIN_AMERICA_CARIBBEAN).hasSize(33);
	}

	@Test
	void everyCountryHasItsOwnCodeAndName() {
		assertThat(countries).extracting(Country::getCode).doesNotHaveDuplicates();
		assertThat(countries).extracting(Country::getName).doesNotHaveDuplicates();
	}

	@Test
	void noNameOrAliasDenotesTwoCountriesOnceFolded() {
		Map<String, List<String>> codesByKey = new HashMap<>();
		for (Country country : countries) {
			List<String> names = new ArrayList<>(country.getAliases());
			names.add(country.getName());
			for (String name : names) {
				List<String> codes = codesByKey.computeIfAbsent(NameKey.of(name), k -> new ArrayList<>());
				if (!codes.contains(country.getCode())) {
					codes.add(country.getCode());
				}
			}
		}

		assertThat(codesByKey).allSatisfy((key, codes) -> assertThat(codes).as(key).hasSize(1));
	}

	@Test
	void aliasesAreReadFromThePipeSeparatedColumn() {
		Country mexico = countries.stream().filter(c -> c.getCode().equals("MX")).findFirst().orElseThrow();

		assertThat(mexico.getAliases()).containsExactly("México", "Méjico", "United Mexican States");
		assertThat(countries.stream().filter(c -> c.getCode().equals("MT")).findFirst().orElseThrow().getAliases())
			.isEmpty();
	}

	@Test
	void everyOrganisationCountryCodeIsInTheGazetteer() {
		List<String> statedCodes = new String(ReferenceData.bytes(ReferenceData.ORGANISATIONS), StandardCharsets.UTF_8)
			.lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t", -1))
			.filter(row -> row.length > 3 && !row[3].isBlank())
			.map(row -> row[0] + "=" + row[3].strip())
			.toList();
		List<Organisation> organisations = ReferenceData.organisations(countries);

		assertThat(statedCodes).isNotEmpty();
		for (String stated : statedCodes) {
			String name = stated.substring(0, stated.indexOf('='));
			String code = stated.substring(stated.indexOf('=') + 1);
			Organisation organisation = organisations.stream()
				.filter(o -> o.getName().equals(name))
				.findFirst()
				.orElseThrow();
			assertThat(organisation.getCountry()).as(name).isNotNull();
			assertThat(organisation.getCountry().getCode()).as(name).isEqualTo(code);
		}
	}

}
