package eu.lac.alliance.domain.country;

import java.util.List;

/**
 * The countries that could report on something: Alliance members and every country named
 * on an item or a co-lead line. Read in one query, for rosters such as the demo accounts.
 */
public interface CountriesTakingPart {

	/** ISO alpha-2 codes, sorted. */
	List<String> codes();

}
