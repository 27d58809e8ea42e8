package eu.lac.alliance.domain.policyarea;

import java.util.Objects;

import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.source.Provenance;
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
 * A challenge a dialogue highlighted for a policy area: context for the work, not work to
 * track.
 */
@Entity
@Table(name = "challenge")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Challenge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dialogue_id")
	private Dialogue dialogue;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "policy_area_id")
	private PolicyArea policyArea;

	@Column(name = "position", nullable = false)
	private int position;

	@Column(name = "text", nullable = false)
	private String text;

	@Embedded
	private Provenance provenance;

	public Challenge(Dialogue dialogue, PolicyArea policyArea, int position, String text, Provenance provenance) {
		this.dialogue = Objects.requireNonNull(dialogue, "dialogue");
		this.policyArea = Objects.requireNonNull(policyArea, "policyArea");
		this.position = position;
		this.text = Objects.requireNonNull(text, "text");
		this.provenance = provenance;
	}

}
