package eu.lac.alliance.persistence.policyarea;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.policyarea.ObjectiveRepository;
import eu.lac.alliance.domain.policyarea.Objective;

/** Spring Data's implementation of the domain's {@link ObjectiveRepository}. */
public interface JpaObjectiveRepository extends JpaRepository<Objective, Long>, ObjectiveRepository {

}
