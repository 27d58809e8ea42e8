package eu.lac.alliance.persistence.country;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.country.Country;

/** Spring Data's implementation of the domain's {@link CountryRepository}. */
public interface JpaCountryRepository extends JpaRepository<Country, String>, CountryRepository {

}
