package eu.lac.alliance.persistence.policyarea;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.domain.policyarea.PolicyArea;

/** Spring Data's implementation of the domain's {@link PolicyAreaRepository}. */
public interface JpaPolicyAreaRepository extends JpaRepository<PolicyArea, Long>, PolicyAreaRepository {

}
