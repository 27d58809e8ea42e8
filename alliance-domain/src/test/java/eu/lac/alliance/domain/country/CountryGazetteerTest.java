package eu.lac.alliance.domain.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CountryGazetteerTest {

	private static final CountryGazetteer gazetteer = new CountryGazetteer(ReferenceData.countries());

	@Test
	void aCountryIsFoundByItsEnglishName() {
		assertThat(codeOf("Colombia")).contains("CO");
		assertThat(codeOf("Dominican Republic")).contains("DO");
		assertThat(codeOf("Czech Republic")).contains("CZ");
	}

	@Test
	void aCountryIsFoundByItsSpanishOrPortugueseName() {
		assertThat(codeOf("México")).contains("MX");
		assertThat(codeOf("República Dominicana")).contains("DO");
		assertThat(codeOf("Países Bajos")).contains("NL");
		assertThat(codeOf("Alemanha")).contains("DE");
		assertThat(codeOf("Brasil")).contains("BR");
		assertThat(codeOf("San Vicente y las Granadinas")).contains("VC");
	}

	@Test
	void spellingVariantsMeet() {
		assertThat(codeOf("MEXICO")).contains("MX");
		assertThat(codeOf("Trinidad & Tobago")).contains("TT");
		assertThat(codeOf("The Bahamas")).contains("BS");
		assertThat(codeOf("St. Lucia")).contains("LC");
		assertThat(codeOf("Saint Kitts & Nevis")).contains("KN");
		assertThat(codeOf("Peru")).contains("PE");
		assertThat(codeOf("Perú")).contains("PE");
	}

	@Test
	void elSalvadorIsFoundWithOrWithoutItsArticle() {
		assertThat(codeOf("El Salvador")).contains("SV");
		assertThat(codeOf("Salvador")).contains("SV");
	}

	@Test
	void anUnknownNameFindsNothing() {
		assertThat(gazetteer.find("Atlantis")).isEmpty();
		assertThat(gazetteer.find("Dominican")).isEmpty();
		assertThat(gazetteer.find("")).isEmpty();
	}

	@Test
	void aCountryIsFoundByItsCodeInAnyCase() {
		assertThat(gazetteer.byCode("mx").map(Country::getName)).contains("Mexico");
		assertThat(gazetteer.byCode("XX")).isEmpty();
		assertThat(gazetteer.byCode(null)).isEmpty();
		assertThat(gazetteer.countries()).hasSize(60);
	}

	@Test
	void theLongestNameStartingAtAWordWins() {
		List<String> words = NameKey.tokens("Dominican Republic Guatemala Dominica");

		assertThat(gazetteer.longestMatchAt(words, 0)).contains(match("DO", 0, 2));
		assertThat(gazetteer.longestMatchAt(words, 2)).contains(match("GT", 2, 3));
		assertThat(gazetteer.longestMatchAt(words, 3)).contains(match("DM", 3, 4));
	}

	@Test
	void aWordThatOnlyBeginsACountryNameMatchesNothing() {
		List<String> words = NameKey.tokens("Dominican delegates");

		assertThat(gazetteer.longestMatchAt(words, 0)).isEmpty();
	}

	@Test
	void anAndInsideACountryNameDoesNotSplitIt() {
		List<String> words = NameKey.tokens("Trinidad and Tobago and Jamaica");

		assertThat(gazetteer.longestMatchAt(words, 0)).contains(match("TT", 0, 3));
		assertThat(gazetteer.longestMatchAt(words, 4)).contains(match("JM", 4, 5));
	}

	@Test
	void theFullNameBeatsAShorterAliasThatStartsTheSameWay() {
		List<String> words = NameKey.tokens("Antigua and Barbuda, Saint Vincent and the Grenadines");

		assertThat(gazetteer.longestMatchAt(words, 0)).contains(match("AG", 0, 3));
		assertThat(gazetteer.longestMatchAt(words, 3)).contains(match("VC", 3, 8));
	}

	@Test
	void aLeadingTheIsPartOfTheMatch() {
		List<String> words = NameKey.tokens("Jamaica and the Dominican Republic");

		assertThat(gazetteer.longestMatchAt(words, 2)).contains(match("DO", 2, 5));
	}

	@Test
	void matchingStopsAtTheEndOfTheWords() {
		List<String> words = NameKey.tokens("Saint Vincent");

		assertThat(gazetteer.longestMatchAt(words, 0)).isEmpty();
		assertThat(gazetteer.longestMatchAt(words, 2)).isEmpty();
	}

	private static Optional<String> codeOf(String name) {
		return gazetteer.find(name).map(Country::getCode);
	}

	private static CountryGazetteer.Match match(String code, int start, int end) {
		return new CountryGazetteer.Match(gazetteer.byCode(code).orElseThrow(), start, end);
	}

}
