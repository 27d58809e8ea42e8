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
	 * Per policy area (every area, also those without items), its active items, those
	 * with a dated deadline, and those whose deadline is before {@code day}; ordered by
	 * area name.
	 */
	List<eu.lac.alliance.domain.overview.PolicyAreaItemCount> countByPolicyArea(java.time.LocalDate day);

	/**
	 * Writes pending changes now, so that a later change can rely on the database seeing
	 * them.
	 */
	void flush();

}
