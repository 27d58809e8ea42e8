package eu.lac.alliance.domain.policyarea;

import java.util.List;
import java.util.Optional;

/** Challenges per dialogue and policy area. */
public interface ChallengeRepository {

	<S extends Challenge> S save(S entity);

	Optional<Challenge> findById(Long id);

	List<Challenge> findAll();

	long count();

	List<Challenge> findByDialogueId(Long dialogueId);

	void delete(Challenge challenge);

}
