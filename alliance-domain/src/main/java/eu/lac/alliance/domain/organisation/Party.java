package eu.lac.alliance.domain.organisation;

import java.util.Objects;

import eu.lac.alliance.domain.country.Country;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Who is named in a role (co-chair, co-lead, participant, group member): a country, an
 * organisation or a named group of them ("SCALAC members", "EU Member States"), exactly
 * one of the three. The rule lives here once; the tables enforce it too.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Party {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "party_group_id")
	private OrganisationGroup group;

	private Party(Country country, Organisation organisation, OrganisationGroup group) {
		this.country = country;
		this.organisation = organisation;
		this.group = group;
	}

	/**
	 * A party from whichever of the two is given; {@code what} names the role in the
	 * error.
	 */
	public static Party of(Country country, Organisation organisation, String what) {
		return of(country, organisation, null, what);
	}

	/**
	 * A party from whichever of the three is given; {@code what} names the role in the
	 * error.
	 */
	public static Party of(Country country, Organisation organisation, OrganisationGroup group, String what) {
		int given = (country == null ? 0 : 1) + (organisation == null ? 0 : 1) + (group == null ? 0 : 1);
		if (given != 1) {
			throw new IllegalArgumentException(what + " is a country, an organisation or a group");
		}
		return new Party(country, organisation, group);
	}

	public static Party country(Country country) {
		return new Party(Objects.requireNonNull(country, "country"), null, null);
	}

	public static Party organisation(Organisation organisation) {
		return new Party(null, Objects.requireNonNull(organisation, "organisation"), null);
	}

	public static Party group(OrganisationGroup group) {
		return new Party(null, null, Objects.requireNonNull(group, "group"));
	}

	public boolean isGroup() {
		return group != null;
	}

	public boolean isCountry() {
		return country != null;
	}

	/** Whether both name the same country, or the same stored organisation. */
	public boolean sameAs(Party other) {
		if (other == null) {
			return false;
		}
		if (isCountry() || other.isCountry()) {
			return Objects.equals(country, other.country);
		}
		if (isGroup() || other.isGroup()) {
			return group == other.group || group != null && other.group != null && group.getId() != null
					&& group.getId().equals(other.group.getId());
		}
		return organisation == other.organisation
				|| organisation.getId() != null && organisation.getId().equals(other.organisation.getId());
	}

	@Override
	public String toString() {
		return isCountry() ? country.toString() : isGroup() ? group.getName() : organisation.toString();
	}

}
