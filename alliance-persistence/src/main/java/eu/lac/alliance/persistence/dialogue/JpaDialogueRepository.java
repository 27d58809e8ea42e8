package eu.lac.alliance.persistence.dialogue;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.dialogue.DialogueRepository;
import eu.lac.alliance.domain.dialogue.Dialogue;

/** Spring Data's implementation of the domain's {@link DialogueRepository}. */
public interface JpaDialogueRepository extends JpaRepository<Dialogue, Long>, DialogueRepository {

}
