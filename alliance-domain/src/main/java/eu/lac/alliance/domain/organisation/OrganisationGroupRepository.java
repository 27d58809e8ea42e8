package eu.lac.alliance.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Named groups of organisations and countries. */
public interface OrganisationGroupRepository {

	<S extends OrganisationGroup> S save(S entity);

	Optional<OrganisationGroup> findById(Long id);

	List<OrganisationGroup> findAll();

	long count();

	Optional<OrganisationGroup> findByNameIgnoreCase(String name);

}
