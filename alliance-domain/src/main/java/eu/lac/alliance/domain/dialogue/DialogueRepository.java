package eu.lac.alliance.domain.dialogue;

import java.util.List;
import java.util.Optional;

/** The dialogues, forums and events whose conclusions the portal tracks. */
public interface DialogueRepository {

	<S extends Dialogue> S save(S entity);

	Optional<Dialogue> findById(Long id);

	List<Dialogue> findAll();

	long count();

	/**
	 * Dialogues that could be the one a document dated {@code from}..{@code to}
	 * describes: those without dates, and those whose dates come within a year of that
	 * period (the caller decides exactly).
	 */
	List<Dialogue> findMatchCandidates(java.time.LocalDate from, java.time.LocalDate to);

}
