package eu.lac.alliance.persistence.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import eu.lac.alliance.domain.dialogue.DialogueRepository;
import eu.lac.alliance.domain.dialogue.Dialogue;

/** Spring Data's implementation of the domain's {@link DialogueRepository}. */
public interface JpaDialogueRepository extends JpaRepository<Dialogue, Long>, DialogueRepository {

	@Override
	@Query("""
			select d from Dialogue d
			where d.start.date is null
			   or (d.start.date <= :to and coalesce(d.end.date, d.start.date) >= :from - 366 day)""")
	List<Dialogue> findMatchCandidates(@Param("from") LocalDate from, @Param("to") LocalDate to);

}
