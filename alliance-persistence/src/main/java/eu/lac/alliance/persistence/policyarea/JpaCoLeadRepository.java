package eu.lac.alliance.persistence.policyarea;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.policyarea.CoLeadRepository;
import eu.lac.alliance.domain.policyarea.CoLead;

/** Spring Data's implementation of the domain's {@link CoLeadRepository}. */
public interface JpaCoLeadRepository extends JpaRepository<CoLead, Long>, CoLeadRepository {

}
