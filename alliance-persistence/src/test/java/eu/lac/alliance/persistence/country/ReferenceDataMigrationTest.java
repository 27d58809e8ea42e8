package eu.lac.alliance.persistence.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.persistence.testing.Migrations;

import org.springframework.beans.factory.annotation.Autowired;
import eu.lac.alliance.persistence.testing.PersistenceTest;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.country.Region;
import eu.lac.alliance.domain.milestone.MilestoneRepository;

@PersistenceTest
class ReferenceDataMigrationTest {

	@Autowired
	CountryRepository countries;

	@Autowired
	MilestoneRepository milestones;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationIsAppliedToAnEmptyDatabase() {
		List<String> applied = jdbc.queryForList(
				"select coalesce(version, description) from flyway_schema_history where success order by installed_rank",
				String.class);
		List<String> expected = new java.util.ArrayList<>(Migrations.versions());
		expected.add("reference gazetteer");
		assertThat(Migrations.versions()).startsWith("1", "2", "3", "4");
		assertThat(applied).containsExactlyElementsOf(expected);
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = 'public'",
				Integer.class))
			.isGreaterThanOrEqualTo(22);
	}

	@Test
	void theGazetteerHoldsThe27MemberStatesAndThe33CelacCountries() {
		List<Country> all = countries.findAll();
		assertThat(all).hasSize(60);
		assertThat(all.stream().filter(c -> c.getRegion() == Region.EU_MEMBER_STATE)).hasSize(27);
		assertThat(all.stream().filter(c -> c.getRegion() == Region.LATIN_AMERICA_CARIBBEAN)).hasSize(33);
		assertThat(countries.findById("MX").orElseThrow().getAliases()).contains("México");
		assertThat(countries.findById("DO").orElseThrow().getAliases()).contains("República Dominicana");
		assertThat(countries.findById("CO").orElseThrow().getName()).isEqualTo("Colombia");
	}

	@Test
	void everyAliasOfTheReferenceFilesIsInTheDatabase() {
		for (Country reference : ReferenceData.countries()) {
			Country stored = countries.findById(reference.getCode()).orElseThrow();
			assertThat(stored.getName()).isEqualTo(reference.getName());
			assertThat(stored.getAliases()).containsAll(reference.getAliases());
		}
		Integer organisations = jdbc.queryForObject("select count(*) from organisation", Integer.class);
		assertThat(organisations).isEqualTo(ReferenceData.organisations(ReferenceData.countries()).size());
		assertThat(jdbc.queryForObject(
				"select o.acronym from organisation o join organisation_alias a on a.organisation_id = o.id where a.alias = 'FIIAP'",
				String.class))
			.isEqualTo("FIIAPP");
	}

	@Test
	void theSummitMilestoneIsSantaMartaOnThe9thAnd10thOfNovember2025() {
		var summit = milestones.findByCode("EU_CELAC_SUMMIT_2025").orElseThrow();
		assertThat(summit.getStartDate()).isEqualTo(LocalDate.of(2025, 11, 9));
		assertThat(summit.measuredOn()).isEqualTo(LocalDate.of(2025, 11, 10));
		assertThat(summit.getCity()).isEqualTo("Santa Marta");
		assertThat(summit.getCountry().getCode()).isEqualTo("CO");
	}

	@Test
	void theSixPolicyAreasAreThere() {
		assertThat(jdbc.queryForList("select name from policy_area order by id", String.class)).containsExactly(
				"Cybersecurity", "Artificial Intelligence", "Data Governance", "e-Governance", "Connectivity",
				"Caribbean");
	}

}
