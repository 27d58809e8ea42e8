package eu.lac.alliance.domain.organisation;

import eu.lac.alliance.domain.country.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One member of a named group: an organisation, or a country with the bodies it takes
 * part through.
 */
@Entity
@Table(name = "organisation_group_member")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class GroupMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private OrganisationGroup group;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(name = "bodies")
	private String bodies;

	public GroupMember(Country country, Organisation organisation, String bodies) {
		if ((country == null) == (organisation == null)) {
			throw new IllegalArgumentException("a group member is a country or an organisation");
		}
		this.country = country;
		this.organisation = organisation;
		this.bodies = bodies;
	}

	void attachTo(OrganisationGroup group) {
		this.group = group;
	}

}
