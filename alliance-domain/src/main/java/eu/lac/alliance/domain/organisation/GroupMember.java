package eu.lac.alliance.domain.organisation;

import eu.lac.alliance.domain.country.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

	@Embedded
	private Party party;

	@Column(name = "bodies")
	private String bodies;

	public GroupMember(Country country, Organisation organisation, String bodies) {
		this.party = Party.of(country, organisation, "a group member");
		this.bodies = bodies;
	}

	/** A member that is itself a group (the EU member states within Team Europe). */
	public GroupMember(Party party, String bodies) {
		this.party = java.util.Objects.requireNonNull(party, "party");
		this.bodies = bodies;
	}

	/** The group named, or null when the member is a country or an organisation. */
	public OrganisationGroup getMemberGroup() {
		return party.getGroup();
	}

	void attachTo(OrganisationGroup group) {
		this.group = group;
	}

	/** The country named, or null when the party is an organisation. */
	public Country getCountry() {
		return party.getCountry();
	}

	/** The organisation named, or null when the party is a country. */
	public Organisation getOrganisation() {
		return party.getOrganisation();
	}

}
