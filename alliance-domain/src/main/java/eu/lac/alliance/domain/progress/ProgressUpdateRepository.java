package eu.lac.alliance.domain.progress;

import java.util.List;
import java.util.Optional;

/** The append-only progress log. */
public interface ProgressUpdateRepository {

	<S extends ProgressUpdate> S save(S entity);

	Optional<ProgressUpdate> findById(Long id);

	List<ProgressUpdate> findAll();

	long count();

	List<ProgressUpdate> findByActionItemId(Long actionItemId);

}
