package eu.lac.alliance.domain.country;

import java.util.List;
import java.util.Optional;

import eu.lac.alliance.domain.policyarea.CoLeadLine;
import eu.lac.alliance.domain.policyarea.PolicyAreaRef;
import eu.lac.alliance.domain.progress.ReportedStatus;

/**
 * What the country pages read, in a fixed number of statements: the members and the other
 * countries taking part, and for one country what it co-leads and takes part in.
 */
public interface CountryReadModel {

	/** The members (by name), then the other countries taking part in some item. */
	List<CountryLine> countries();

	/**
	 * The country with {@code code} (upper-case ISO alpha-2), when the gazetteer has it.
	 */
	Optional<CountryPage> country(String code);

	/**
	 * A country with its membership (null year and basis when it is not a member) and how
	 * many active items it takes part in and has a validated report on.
	 */
	record CountryLine(String code, String name, Region region, Integer joinedYear, MembershipBasis basis, long items,
			long reported) {

		public boolean isMember() {
			return basis != null;
		}

	}

	/**
	 * Why a country takes part in an item (the view {@code item_participant}'s basis).
	 */
	enum Basis {

		NAMED, CO_LEAD_LINE, JOINED

	}

	/**
	 * An item a country takes part in: on what basis, with what roles it is named there,
	 * its own status and the item's rolled-up one.
	 */
	record CountryItem(long id, String code, String title, long dialogueId, String dialogueTitle, PolicyAreaRef area,
			List<Basis> bases, List<String> roles, ReportedStatus own, ReportedStatus item) {
	}

	/** A country's page. */
	record CountryPage(CountryLine country, List<CoLeadLine> coLeads, List<CountryItem> items) {
	}

}
