package eu.lac.alliance.domain.country;

import java.util.List;
import java.util.Optional;

/** The countries the Alliance knows, as the domain needs them. */
public interface CountryRepository {

	<S extends Country> S save(S entity);

	Optional<Country> findById(String id);

	List<Country> findAll();

	long count();

	/** Every country with its aliases loaded, for building a gazetteer in one query. */
	List<Country> findAllWithAliases();

}
