package eu.lac.alliance.persistence.country;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.country.Country;

/** Spring Data's implementation of the domain's {@link CountryRepository}. */
public interface JpaCountryRepository extends JpaRepository<Country, String>, CountryRepository {

	@Override
	@Query("select distinct x from Country x left join fetch x.aliases")
	List<Country> findAllWithAliases();

}
