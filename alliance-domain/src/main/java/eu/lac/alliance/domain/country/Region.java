package eu.lac.alliance.domain.country;

/**
 * Where a country sits in the Alliance: the two regions it joins, and everything else.
 */
public enum Region {

	EU_MEMBER_STATE, LATIN_AMERICA_CARIBBEAN, OTHER

}
