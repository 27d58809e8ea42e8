package eu.lac.alliance.domain.country;

import java.util.List;
import java.util.Optional;

/** Who joined the Alliance when. */
public interface AllianceMembershipRepository {

	<S extends AllianceMembership> S save(S entity);

	Optional<AllianceMembership> findById(Long id);

	List<AllianceMembership> findAll();

	long count();

	Optional<AllianceMembership> findByCountryCode(String countryCode);

}
