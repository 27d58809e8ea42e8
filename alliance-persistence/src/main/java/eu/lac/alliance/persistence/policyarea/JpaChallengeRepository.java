package eu.lac.alliance.persistence.policyarea;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.policyarea.ChallengeRepository;
import eu.lac.alliance.domain.policyarea.Challenge;

/** Spring Data's implementation of the domain's {@link ChallengeRepository}. */
public interface JpaChallengeRepository extends JpaRepository<Challenge, Long>, ChallengeRepository {

}
