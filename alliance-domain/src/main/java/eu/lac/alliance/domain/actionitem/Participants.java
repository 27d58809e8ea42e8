package eu.lac.alliance.domain.actionitem;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.policyarea.CoLead;

/**
 * Who counts as taking part in an item, and so whose progress it tracks and whose focal
 * point may log on it: the countries named on the item or on any item above it; the
 * countries on the co-lead line of its policy area in the same dialogue (co-leads and
 * partner member states alike); and the member countries that joined it, or an item above
 * it, while open to every member. The dialogue's co-chairs do not take part by chairing:
 * the chairs' conclusions record actions "identified by participants of the dialogue",
 * not commitments of the chairs, so a co-chair country takes part as any member does.
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
			if (level.isOpenToMembers()) {
				for (ItemJoining joining : level.getJoinings()) {
					countries.add(joining.getCountry());
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
