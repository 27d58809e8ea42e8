package eu.lac.alliance.persistence.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.organisation.OrganisationRepository;
import eu.lac.alliance.domain.organisation.Organisation;

/** Spring Data's implementation of the domain's {@link OrganisationRepository}. */
public interface JpaOrganisationRepository extends JpaRepository<Organisation, Long>, OrganisationRepository {

}
