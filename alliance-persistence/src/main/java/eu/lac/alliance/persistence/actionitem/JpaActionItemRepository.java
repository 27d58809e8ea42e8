package eu.lac.alliance.persistence.actionitem;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.overview.PolicyAreaItemCount;
import eu.lac.alliance.domain.actionitem.ActionItem;

/** Spring Data's implementation of the domain's {@link ActionItemRepository}. */
public interface JpaActionItemRepository extends JpaRepository<ActionItem, Long>, ActionItemRepository {

	@Override
	@Query("""
			select p.name as policyArea,
			       count(a) as items,
			       count(a.deadline.dueOn) as withDeadline,
			       coalesce(sum(case when a.deadline.dueOn < :day then 1 else 0 end), 0) as pastDeadline
			from PolicyArea p left join ActionItem a on a.policyArea = p and a.state = eu.lac.alliance.domain.actionitem.ItemState.ACTIVE
			group by p.name
			order by p.name""")
	List<PolicyAreaItemCount> countByPolicyArea(@Param("day") LocalDate day);

}
