package eu.lac.alliance.domain.organisation;

/** What sort of body an organisation is, as the dashboards group them. */
public enum OrganisationKind {

	EU_INSTITUTION, IMPLEMENTING_AGENCY, NATIONAL_AGENCY, INTERNATIONAL_ORGANISATION, RESEARCH_NETWORK, COMPANY,
	CIVIL_SOCIETY, ACADEMIA, OTHER

}
