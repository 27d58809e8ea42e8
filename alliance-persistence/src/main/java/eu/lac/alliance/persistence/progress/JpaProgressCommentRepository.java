package eu.lac.alliance.persistence.progress;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.progress.ProgressComment;
import eu.lac.alliance.domain.progress.ProgressCommentRepository;

/**
 * Spring Data's implementation of the domain's {@link ProgressCommentRepository};
 * comments are only ever added ({@link AppendOnlyLog}).
 */
public interface JpaProgressCommentRepository
		extends JpaRepository<ProgressComment, Long>, ProgressCommentRepository, AppendOnlyLog<ProgressComment> {

}
