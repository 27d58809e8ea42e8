package eu.lac.alliance.domain.country;

import java.time.LocalDate;
import java.util.Objects;

import eu.lac.alliance.domain.source.Provenance;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** That a country joined the Digital Alliance, when, and which document says so. */
@Entity
@Table(name = "alliance_membership")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AllianceMembership {

	/** The year of the Joint Declaration on an EU-LAC Digital Alliance. */
	public static final int JOINT_DECLARATION_YEAR = 2023;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_code")
	private Country country;

	@Column(name = "joined_year", nullable = false)
	private int joinedYear;

	@Column(name = "joined_on")
	private LocalDate joinedOn;

	@Embedded
	private Provenance provenance;

	@Enumerated(EnumType.STRING)
	@Column(name = "basis", nullable = false)
	private MembershipBasis basis = MembershipBasis.STATED_BY_DOCUMENT;

	/** A membership an imported document states, with where it says so. */
	public AllianceMembership(Country country, int joinedYear, LocalDate joinedOn, Provenance provenance) {
		if (joinedYear < 2023 || joinedYear > 2100) {
			throw new IllegalArgumentException(
					"the Alliance dates from 2023; expected a joining year from 2023 but found " + joinedYear);
		}
		if (joinedOn != null && joinedOn.getYear() != joinedYear) {
			throw new IllegalArgumentException("joining date " + joinedOn + " is not in year " + joinedYear);
		}
		this.country = Objects.requireNonNull(country, "country");
		this.joinedYear = joinedYear;
		this.joinedOn = joinedOn;
		this.provenance = provenance;
	}

	/**
	 * An EU member state's membership by the Joint Declaration of 2023, which the
	 * European Union and its member states signed as one side of the Alliance.
	 */
	public static AllianceMembership byJointDeclaration(Country memberState) {
		if (memberState.getRegion() != Region.EU_MEMBER_STATE) {
			throw new IllegalArgumentException("the Joint Declaration makes the EU member states members; expected "
					+ "an EU member state but found " + memberState.getName());
		}
		AllianceMembership membership = new AllianceMembership(memberState, JOINT_DECLARATION_YEAR, null, null);
		membership.basis = MembershipBasis.JOINT_DECLARATION;
		return membership;
	}

	public boolean isByJointDeclaration() {
		return basis == MembershipBasis.JOINT_DECLARATION;
	}

	/**
	 * Takes a more precise statement (a day where only a year was known); true when it
	 * changed.
	 */
	public boolean refine(int year, LocalDate day) {
		if (joinedOn == null && day != null && day.getYear() == year) {
			joinedOn = day;
			return true;
		}
		return false;
	}

}
