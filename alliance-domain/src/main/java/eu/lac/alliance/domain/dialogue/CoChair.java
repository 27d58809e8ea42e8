package eu.lac.alliance.domain.dialogue;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.organisation.Organisation;
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

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(name = "person")
	private String person;

	private CoChair(Country country, Organisation organisation, String person) {
		if ((country == null) == (organisation == null)) {
			throw new IllegalArgumentException("a co-chair is a country or an organisation");
		}
		this.country = country;
		this.organisation = organisation;
		this.person = person;
	}

	public static CoChair country(Country country, String person) {
		return new CoChair(country, null, person);
	}

	public static CoChair organisation(Organisation organisation, String person) {
		return new CoChair(null, organisation, person);
	}

	void attachTo(Dialogue dialogue) {
		this.dialogue = dialogue;
	}

}
