package eu.lac.alliance.domain.dialogue;

import java.util.List;
import java.util.Optional;

/** The dialogues, forums and events whose conclusions the portal tracks. */
public interface DialogueRepository {

	<S extends Dialogue> S save(S entity);

	Optional<Dialogue> findById(Long id);

	List<Dialogue> findAll();

	long count();

}
