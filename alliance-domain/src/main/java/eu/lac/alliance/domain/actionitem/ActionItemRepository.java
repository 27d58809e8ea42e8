package eu.lac.alliance.domain.actionitem;

import java.util.List;
import java.util.Optional;

/** The action items progress is tracked against. */
public interface ActionItemRepository {

	<S extends ActionItem> S save(S entity);

	Optional<ActionItem> findById(Long id);

	List<ActionItem> findAll();

	long count();

	List<ActionItem> findByDialogueId(Long dialogueId);

	/**
	 * Writes pending changes now, so that a later change can rely on the database seeing
	 * them.
	 */
	void flush();

}
