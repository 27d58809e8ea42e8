package eu.lac.alliance.domain.milestone;

import java.util.List;
import java.util.Optional;

/** Dated milestones such as the EU-CELAC Summit 2025. */
public interface MilestoneRepository {

	<S extends Milestone> S save(S entity);

	Optional<Milestone> findById(Long id);

	List<Milestone> findAll();

	long count();

	Optional<Milestone> findByCode(String code);

}
