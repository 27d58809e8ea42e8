package eu.lac.alliance.domain.country;

/**
 * Why the portal holds a country as a member: an imported document states it (the LAC
 * countries, with the year they joined), or the Joint Declaration of 2023 makes it one
 * (the EU member states, which no seed lists).
 */
public enum MembershipBasis {

	STATED_BY_DOCUMENT,

	JOINT_DECLARATION

}
