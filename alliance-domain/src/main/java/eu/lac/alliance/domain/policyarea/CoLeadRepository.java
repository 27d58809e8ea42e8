package eu.lac.alliance.domain.policyarea;

import java.util.List;
import java.util.Optional;

/** Co-lead lines per dialogue and policy area. */
public interface CoLeadRepository {

	<S extends CoLead> S save(S entity);

	Optional<CoLead> findById(Long id);

	List<CoLead> findAll();

	long count();

	List<CoLead> findByDialogueId(Long dialogueId);

	List<CoLead> findByDialogueIdAndPolicyAreaId(Long dialogueId, Long policyAreaId);

	void delete(CoLead coLead);

}
