package eu.lac.alliance.domain.actionitem;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.policyarea.CoLead;

/**
 * Who counts as taking part in an item, and so whose progress it tracks and whose focal
 * point may log on it: the countries named on the item or on any item above it, and the
 * countries on the co-lead line of its policy area in the same dialogue (co-leads and
 * partner member states alike).
 */
public final class Participants {

	private Participants() {
	}

	public static Set<Country> countriesOf(ActionItem item, Collection<CoLead> coLeadsOfItsArea) {
		Set<Country> countries = new LinkedHashSet<>();
		for (CoLead coLead : coLeadsOfItsArea) {
			if (coLead.getCountry() != null && item.getDialogue().isSameAs(coLead.getDialogue())
					&& item.getPolicyArea().isSameAs(coLead.getPolicyArea())) {
				countries.add(coLead.getCountry());
			}
		}
		for (ActionItem level = item; level != null; level = level.getParent()) {
			for (Participation participation : level.getParticipations()) {
				if (participation.getCountry() != null) {
					countries.add(participation.getCountry());
				}
			}
		}
		return countries;
	}

	/** Whether a focal point of {@code country} may log progress on {@code item}. */
	public static boolean mayLog(Country country, ActionItem item, Collection<CoLead> coLeadsOfItsArea) {
		return item.isActive() && countriesOf(item, coLeadsOfItsArea).contains(country);
	}

}
