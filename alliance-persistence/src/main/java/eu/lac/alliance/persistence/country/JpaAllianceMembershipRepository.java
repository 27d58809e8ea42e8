package eu.lac.alliance.persistence.country;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.country.AllianceMembershipRepository;
import eu.lac.alliance.domain.country.AllianceMembership;

/** Spring Data's implementation of the domain's {@link AllianceMembershipRepository}. */
public interface JpaAllianceMembershipRepository
		extends JpaRepository<AllianceMembership, Long>, AllianceMembershipRepository {

}
