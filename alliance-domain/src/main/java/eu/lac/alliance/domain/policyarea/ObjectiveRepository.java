package eu.lac.alliance.domain.policyarea;

import java.util.List;
import java.util.Optional;

/** Objectives per dialogue and policy area. */
public interface ObjectiveRepository {

	<S extends Objective> S save(S entity);

	Optional<Objective> findById(Long id);

	List<Objective> findAll();

	long count();

	List<Objective> findByDialogueId(Long dialogueId);

	void delete(Objective objective);

}
