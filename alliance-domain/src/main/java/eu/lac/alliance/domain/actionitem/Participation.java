package eu.lac.alliance.domain.actionitem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationGroup;
import eu.lac.alliance.domain.organisation.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A country or organisation named with an action item, its role, and the agencies named
 * with it: "Brazil (MGI and MCTI)" is Brazil, interested, through MGI and MCTI.
 */
@Entity
@Table(name = "participation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Participation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_item_id")
	private ActionItem actionItem;

	@Embedded
	private Party party;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private ParticipantRole role;

	@ManyToMany
	@JoinTable(name = "participation_agency", joinColumns = @JoinColumn(name = "participation_id"),
			inverseJoinColumns = @JoinColumn(name = "organisation_id"))
	@OrderColumn(name = "position")
	private List<Organisation> agencies = new ArrayList<>();

	@Column(name = "wording")
	private String wording;

	private Participation(Country country, Organisation organisation, ParticipantRole role, List<Organisation> agencies,
			String wording) {
		this.party = Party.of(country, organisation, "a participant");
		this.role = Objects.requireNonNull(role, "role");
		this.agencies = new ArrayList<>(agencies);
		this.wording = wording;
	}

	public static Participation ofCountry(Country country, ParticipantRole role, List<Organisation> agencies,
			String wording) {
		return new Participation(Objects.requireNonNull(country, "country"), null, role, agencies, wording);
	}

	/** A group named as one party ("SCALAC members"), its members listed by the group. */
	public static Participation ofGroup(OrganisationGroup group, ParticipantRole role, String wording) {
		return new Participation(Party.group(group), role, List.of(), wording);
	}

	private Participation(Party party, ParticipantRole role, List<Organisation> agencies, String wording) {
		this.party = party;
		this.role = Objects.requireNonNull(role, "role");
		this.agencies = new ArrayList<>(agencies);
		this.wording = wording;
	}

	public static Participation ofOrganisation(Organisation organisation, ParticipantRole role, String wording) {
		return new Participation(null, Objects.requireNonNull(organisation, "organisation"), role, List.of(), wording);
	}

	/**
	 * A participation for a party given as exactly one of a country, an organisation or a
	 * group, as a person enters it; agencies only with a country, as in documents.
	 */
	public static Participation of(Party party, ParticipantRole role, List<Organisation> agencies, String wording) {
		if (!party.isCountry() && !agencies.isEmpty()) {
			throw new IllegalArgumentException("agencies are named with a country; " + party + " is not one");
		}
		return new Participation(party, role, agencies, wording);
	}

	/** The same party, role, agencies and wording, for another item or to restore. */
	public Participation copy() {
		return new Participation(
				Party.of(party.getCountry(), party.getOrganisation(), party.getGroup(), "a participant"), role,
				agencies, wording);
	}

	void attachTo(ActionItem item) {
		this.actionItem = item;
	}

	public List<Organisation> getAgencies() {
		return Collections.unmodifiableList(agencies);
	}

	/** Whether this names the same party in the same role (agencies aside). */
	public boolean sameParty(Participation other) {
		return role == other.role && party.sameAs(other.party);
	}

	/** The country named, or null when the party is an organisation. */
	public Country getCountry() {
		return party.getCountry();
	}

	/** The organisation named, or null when the party is a country or a group. */
	public Organisation getOrganisation() {
		return party.getOrganisation();
	}

	/** The group named, or null when the party is a country or an organisation. */
	public OrganisationGroup getGroup() {
		return party.getGroup();
	}

}
