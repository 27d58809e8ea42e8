package eu.lac.alliance.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.country.ReferenceData;

class OrganisationDirectoryTest {

	private static final List<Organisation> organisations = ReferenceData.organisations(ReferenceData.countries());

	private static final OrganisationDirectory directory = new OrganisationDirectory(organisations);

	@Test
	void anOrganisationIsFoundByItsAcronym() {
		assertThat(nameOf("GIZ")).contains("Deutsche Gesellschaft für Internationale Zusammenarbeit");
		assertThat(nameOf("INDOTEL")).contains("Instituto Dominicano de las Telecomunicaciones");
		assertThat(nameOf("giz")).isEqualTo(nameOf("GIZ"));
	}

	@Test
	void anOrganisationIsFoundByItsFullNameHoweverItIsAccented() {
		assertThat(acronymOf("Deutsche Gesellschaft fur internationale Zusammenarbeit")).contains("GIZ");
		assertThat(acronymOf("Agence Francaise de Developpement")).contains("AFD");
	}

	@Test
	void anOrganisationIsFoundByAnAliasIncludingAMisspellingSeenInDocuments() {
		assertThat(acronymOf("FIIAP")).contains("FIIAPP");
		assertThat(acronymOf("FIIAPP")).contains("FIIAPP");
		assertThat(acronymOf("CEPAL")).contains("ECLAC");
		assertThat(acronymOf("DG CNECT")).contains("DG CONNECT");
		assertThat(nameOf("Telefonica")).contains("Telefónica");
	}

	@Test
	void anUnknownMentionFindsNothing() {
		assertThat(directory.find("Ministry of Magic")).isEmpty();
		assertThat(directory.find("")).isEmpty();
	}

	@Test
	void noNameAcronymOrAliasDenotesTwoReferenceOrganisations() {
		Map<String, String> ownerByKey = new HashMap<>();
		for (Organisation organisation : organisations) {
			for (String name : organisation.namesUsed()) {
				String previous = ownerByKey.putIfAbsent(NameKey.of(name), organisation.getName());
				assertThat(previous).as(name).isIn(null, organisation.getName());
			}
		}
	}

	@Test
	void theDirectoryListsEveryOrganisationItWasGiven() {
		assertThat(directory.organisations()).containsExactlyElementsOf(organisations);
	}

	private static Optional<String> nameOf(String mention) {
		return directory.find(mention).map(Organisation::getName);
	}

	private static Optional<String> acronymOf(String mention) {
		return directory.find(mention).map(Organisation::getAcronym);
	}

}
