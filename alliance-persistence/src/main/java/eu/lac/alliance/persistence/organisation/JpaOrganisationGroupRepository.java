package eu.lac.alliance.persistence.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.organisation.OrganisationGroupRepository;
import eu.lac.alliance.domain.organisation.OrganisationGroup;

/** Spring Data's implementation of the domain's {@link OrganisationGroupRepository}. */
public interface JpaOrganisationGroupRepository
		extends JpaRepository<OrganisationGroup, Long>, OrganisationGroupRepository {

}
