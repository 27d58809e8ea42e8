package eu.lac.alliance.domain.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

	@Test
	void accentsAndCaseDoNotMatter() {
		assertThat(NameKey.of("México")).isEqualTo("mexico");
		assertThat(NameKey.of("PERÚ")).isEqualTo(NameKey.of("Peru"));
		assertThat(NameKey.of("São Cristóvão e Névis")).isEqualTo("sao cristovao e nevis");
		assertThat(NameKey.of("Österreich")).isEqualTo("osterreich");
	}

	@Test
	void anAmpersandIsAnAnd() {
		assertThat(NameKey.of("Trinidad & Tobago")).isEqualTo("trinidad and tobago");
		assertThat(NameKey.of("Antigua&Barbuda")).isEqualTo(NameKey.of("Antigua and Barbuda"));
	}

	@Test
	void aLeadingArticleIsDropped() {
		assertThat(NameKey.of("The Bahamas")).isEqualTo("bahamas");
		assertThat(NameKey.of("the Netherlands")).isEqualTo("netherlands");
		assertThat(NameKey.of("Las Bahamas")).isEqualTo("bahamas");
	}

	@Test
	void anArticleInsideANameIsKept() {
		assertThat(NameKey.of("Saint Vincent and the Grenadines")).isEqualTo("saint vincent and the grenadines");
	}

	@Test
	void aNameThatIsOnlyAnArticleIsNotEmptied() {
		assertThat(NameKey.of("The")).isEqualTo("the");
	}

	@Test
	void stIsSaintWithOrWithoutItsFullStop() {
		assertThat(NameKey.of("St. Lucia")).isEqualTo("saint lucia");
		assertThat(NameKey.of("St Kitts and Nevis")).isEqualTo("saint kitts and nevis");
	}

	@Test
	void punctuationAndRunsOfSpaceSeparateWordsAndNothingMore() {
		assertThat(NameKey.tokens("  Rep.  Dominicana,\tGuatemala; (Perú) ")).containsExactly("rep", "dominicana",
				"guatemala", "peru");
	}

	@Test
	void nothingFoldsToNoWords() {
		assertThat(NameKey.tokens(null)).isEmpty();
		assertThat(NameKey.of("  -- ")).isEmpty();
	}

}
