package eu.lac.alliance.domain.progress;

import java.util.List;

/** The comment threads on progress updates; append-only. */
public interface ProgressCommentRepository {

	<S extends ProgressComment> S save(S entity);

	List<ProgressComment> findAll();

	long count();

}
