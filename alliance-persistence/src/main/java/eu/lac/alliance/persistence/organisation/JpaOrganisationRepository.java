package eu.lac.alliance.persistence.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import eu.lac.alliance.domain.organisation.OrganisationRepository;
import eu.lac.alliance.domain.organisation.Organisation;

/** Spring Data's implementation of the domain's {@link OrganisationRepository}. */
public interface JpaOrganisationRepository extends JpaRepository<Organisation, Long>, OrganisationRepository {

	@Override
	@Query("select distinct x from Organisation x left join fetch x.aliases")
	List<Organisation> findAllWithAliases();

}
