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
 * Who is named in a role (co-chair, co-lead, participant, group member): a country or an
 * organisation, never both and never neither. The rule lives here once; the tables
 * enforce it too.
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

	private Party(Country country, Organisation organisation) {
		this.country = country;
		this.organisation = organisation;
	}

	/**
	 * A party from whichever of the two is given; {@code what} names the role in the
	 * error.
	 */
	public static Party of(Country country, Organisation organisation, String what) {
		if ((country == null) == (organisation == null)) {
			throw new IllegalArgumentException(what + " is a country or an organisation");
		}
		return new Party(country, organisation);
	}

	public static Party country(Country country) {
		return new Party(Objects.requireNonNull(country, "country"), null);
	}

	public static Party organisation(Organisation organisation) {
		return new Party(null, Objects.requireNonNull(organisation, "organisation"));
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
		return organisation == other.organisation
				|| organisation.getId() != null && organisation.getId().equals(other.organisation.getId());
	}

	@Override
	public String toString() {
		return isCountry() ? country.toString() : organisation.toString();
	}

}
