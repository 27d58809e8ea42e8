package eu.lac.alliance.domain.policyarea;

import java.util.List;
import java.util.Optional;

/** The Alliance's policy areas. */
public interface PolicyAreaRepository {

	<S extends PolicyArea> S save(S entity);

	Optional<PolicyArea> findById(Long id);

	List<PolicyArea> findAll();

	long count();

	Optional<PolicyArea> findByName(String name);

}
