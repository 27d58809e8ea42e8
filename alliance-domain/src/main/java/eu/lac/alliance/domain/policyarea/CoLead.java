package eu.lac.alliance.domain.policyarea;

import java.util.Objects;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationGroup;
import eu.lac.alliance.domain.organisation.Party;
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

/**
 * A country or organisation named on a policy area's co-lead line in a dialogue's
 * conclusions, with its role there (co-lead, partner member state "with", implementing
 * agency "via").
 */
@Entity
@Table(name = "co_lead")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CoLead {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dialogue_id")
	private Dialogue dialogue;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "policy_area_id")
	private PolicyArea policyArea;

	@Embedded
	private Party party;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private ParticipantRole role;

	@Column(name = "note")
	private String note;

	@Embedded
	private Provenance provenance;

	public CoLead(Dialogue dialogue, PolicyArea policyArea, Country country, Organisation organisation,
			ParticipantRole role, String note, Provenance provenance) {
		this.dialogue = Objects.requireNonNull(dialogue, "dialogue");
		this.policyArea = Objects.requireNonNull(policyArea, "policyArea");
		this.party = Party.of(country, organisation, "a co-lead");
		this.role = Objects.requireNonNull(role, "role");
		this.note = note;
		this.provenance = provenance;
	}

	/** A co-lead, partner or actor that is any kind of party, a group included. */
	public CoLead(Dialogue dialogue, PolicyArea policyArea, Party party, ParticipantRole role, String note,
			Provenance provenance) {
		this.dialogue = Objects.requireNonNull(dialogue, "dialogue");
		this.policyArea = Objects.requireNonNull(policyArea, "policyArea");
		this.party = Objects.requireNonNull(party, "party");
		this.role = Objects.requireNonNull(role, "role");
		this.note = note;
		this.provenance = provenance;
	}

	/** The group named, or null when the party is a country or an organisation. */
	public OrganisationGroup getGroup() {
		return party.getGroup();
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
