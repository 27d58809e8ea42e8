package eu.lac.alliance.domain.progress;

import java.util.List;
import java.util.Optional;

/** The secretariat's verdicts on progress updates. */
public interface ProgressReviewRepository {

	<S extends ProgressReview> S save(S entity);

	Optional<ProgressReview> findById(Long id);

	List<ProgressReview> findAll();

	long count();

	/** The one decision on an update, if it has been decided. */
	Optional<ProgressReview> findByUpdateId(Long updateId);

}
