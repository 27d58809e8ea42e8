package eu.lac.alliance.persistence.progress;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.progress.ProgressUpdateRepository;
import eu.lac.alliance.domain.progress.ProgressUpdate;

/**
 * Spring Data's implementation of the domain's {@link ProgressUpdateRepository}; entries
 * are only ever added ({@link AppendOnlyLog}).
 */
public interface JpaProgressUpdateRepository
		extends JpaRepository<ProgressUpdate, Long>, ProgressUpdateRepository, AppendOnlyLog<ProgressUpdate> {

}
