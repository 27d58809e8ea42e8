package eu.lac.alliance.domain.dialogue;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.Party;
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
 * A country or organisation that chaired a dialogue, with the person who sat in the chair
 * where known.
 */
@Entity
@Table(name = "dialogue_co_chair")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CoChair {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dialogue_id")
	private Dialogue dialogue;

	@Embedded
	private Party party;

	@Column(name = "person")
	private String person;

	private CoChair(Country country, Organisation organisation, String person) {
		this.party = Party.of(country, organisation, "a co-chair");
		this.person = person;
	}

	public static CoChair country(Country country, String person) {
		return new CoChair(country, null, person);
	}

	public static CoChair organisation(Organisation organisation, String person) {
		return new CoChair(null, organisation, person);
	}

	/** A co-chair that is any kind of party. */
	public static CoChair of(Party party, String person) {
		CoChair coChair = new CoChair();
		coChair.party = java.util.Objects.requireNonNull(party, "party");
		coChair.person = person;
		return coChair;
	}

	/**
	 * Fills in the person who sat in the chair when this record lacks one; never
	 * overwrites a name already recorded. True when it changed.
	 */
	public boolean namePerson(String person) {
		if (this.person != null || person == null || person.isBlank()) {
			return false;
		}
		this.person = person.strip();
		return true;
	}

	/** Whether this chair is the given party. */
	public boolean isChairedBy(Party other) {
		return party.sameAs(other);
	}

	void attachTo(Dialogue dialogue) {
		this.dialogue = dialogue;
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
