package eu.lac.alliance.persistence.progress;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.progress.ProgressReviewRepository;
import eu.lac.alliance.domain.progress.ProgressReview;

/**
 * Spring Data's implementation of the domain's {@link ProgressReviewRepository}; entries
 * are only ever added ({@link AppendOnlyLog}).
 */
public interface JpaProgressReviewRepository
		extends JpaRepository<ProgressReview, Long>, ProgressReviewRepository, AppendOnlyLog<ProgressReview> {

}
