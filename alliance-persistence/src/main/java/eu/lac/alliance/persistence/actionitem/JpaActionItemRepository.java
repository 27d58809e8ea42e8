package eu.lac.alliance.persistence.actionitem;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.ActionItem;

/** Spring Data's implementation of the domain's {@link ActionItemRepository}. */
public interface JpaActionItemRepository extends JpaRepository<ActionItem, Long>, ActionItemRepository {

}
