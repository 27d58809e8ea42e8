package eu.lac.alliance.domain.organisation;

import java.util.List;
import java.util.Optional;

/** The organisations the Alliance knows. */
public interface OrganisationRepository {

	<S extends Organisation> S save(S entity);

	Optional<Organisation> findById(Long id);

	List<Organisation> findAll();

	long count();

	/**
	 * Every organisation with its aliases loaded, for building a directory in one query.
	 */
	List<Organisation> findAllWithAliases();

}
