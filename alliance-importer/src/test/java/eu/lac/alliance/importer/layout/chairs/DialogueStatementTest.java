package eu.lac.alliance.importer.layout.chairs;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.dialogue.DialogueKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialogue's name, venue and co-chairs as opening sentences word them. */
class DialogueStatementTest {

	private final CountryGazetteer countries = new CountryGazetteer(ReferenceData.countries());

	@Test
	void nameStopsAtTheCommaAndDropsTheArticle() {
		var name = DialogueName.in("The EU-LAC High Level Dialogue on Cybersecurity, held in Santo Domingo")
			.orElseThrow();
		assertThat(name.title()).isEqualTo("EU-LAC High Level Dialogue on Cybersecurity");
		assertThat(name.topic()).isEqualTo("Cybersecurity");
		assertThat(name.kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
	}

	@Test
	void nameStopsWhereTheSentenceGoesOn() {
		var name = DialogueName.in("the first Policy Dialogue on Artificial Intelligence held in Montevideo")
			.orElseThrow();
		assertThat(name.title()).isEqualTo("Policy Dialogue on Artificial Intelligence");
		assertThat(name.kind()).isEqualTo(DialogueKind.POLICY_DIALOGUE);
		assertThat(
				DialogueName.in("Overall objective of the Digital Alliance High-Level Policy Dialogue on Cybersecurity")
					.orElseThrow()
					.topic())
			.isEqualTo("Cybersecurity");
	}

	@Test
	void spanishNamesReadTheTopicAfterSobre() {
		var name = DialogueName.in("El Diálogo de Alto Nivel sobre Ciberseguridad en Santo Domingo").orElseThrow();
		assertThat(name.title()).isEqualTo("Diálogo de Alto Nivel sobre Ciberseguridad");
		assertThat(name.topic()).isEqualTo("Ciberseguridad");
	}

	@Test
	void countryMayBeInBracketsAfterACommaOrInTheCityName() {
		assertThat(DialogueVenue.in("held in Santo Domingo (Dominican Republic) in February of 2024", 0, countries))
			.hasValueSatisfying(venue -> {
				assertThat(venue.city()).isEqualTo("Santo Domingo");
				assertThat(venue.countryCode()).isEqualTo("DO");
			});
		assertThat(DialogueVenue.in("held in Santo Domingo, Dominican Republic, on 14-16 February 2024", 0, countries))
			.hasValueSatisfying(venue -> {
				assertThat(venue.city()).isEqualTo("Santo Domingo");
				assertThat(venue.countryCode()).isEqualTo("DO");
			});
		assertThat(
				DialogueVenue.in("celebrado en Santo Domingo (República Dominicana) en febrero de 2024", 0, countries))
			.hasValueSatisfying(venue -> assertThat(venue.countryCode()).isEqualTo("DO"));
		assertThat(DialogueVenue.in("held in Santiago de Chile on 5-6 November 2024", 0, countries))
			.hasValueSatisfying(venue -> {
				assertThat(venue.city()).isEqualTo("Santiago de Chile");
				assertThat(venue.countryCode()).isEqualTo("CL");
			});
	}

	@Test
	void anUnknownCountryLeavesTheCodeEmpty() {
		assertThat(DialogueVenue.in("held in Atlantis (Oceania) in May 2025", 0, countries))
			.hasValueSatisfying(venue -> {
				assertThat(venue.city()).isEqualTo("Atlantis");
				assertThat(venue.countryCode()).isNull();
			});
	}

	@Test
	void aCountryAloneIsTheHostCountryWithoutACity() {
		assertThat(DialogueVenue.in("held in Colombia on 3-4 June 2025", 0, countries)).hasValueSatisfying(venue -> {
			assertThat(venue.city()).isNull();
			assertThat(venue.countryCode()).isEqualTo("CO");
			assertThat(venue.end()).isEqualTo("held in Colombia".length());
		});
	}

	@Test
	void coChairListEndsWithTheSentence() {
		assertThat(CoChairStatement.in("The dialogue was co-chaired by the Dominican Republic and the European "
				+ "Commission. This document outlines"))
			.hasValue("the Dominican Republic and the European Commission");
		assertThat(CoChairStatement.in("fue copresidido por Panamá y la Comisión Europea. Estas"))
			.hasValue("Panamá y la Comisión Europea");
	}

}
