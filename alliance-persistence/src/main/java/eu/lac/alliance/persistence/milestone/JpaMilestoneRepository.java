package eu.lac.alliance.persistence.milestone;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.milestone.MilestoneRepository;
import eu.lac.alliance.domain.milestone.Milestone;

/** Spring Data's implementation of the domain's {@link MilestoneRepository}. */
public interface JpaMilestoneRepository extends JpaRepository<Milestone, Long>, MilestoneRepository {

}
