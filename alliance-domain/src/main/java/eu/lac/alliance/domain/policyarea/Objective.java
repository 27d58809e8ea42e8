package eu.lac.alliance.domain.policyarea;

import java.util.Objects;

import eu.lac.alliance.domain.dialogue.Dialogue;
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
 * What a dialogue set out to achieve: overall, for a policy area, or for one action area
 * or component.
 */
@Entity
@Table(name = "objective")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Objective {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dialogue_id")
	private Dialogue dialogue;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "policy_area_id")
	private PolicyArea policyArea;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Objective parent;

	@Enumerated(EnumType.STRING)
	@Column(name = "scope", nullable = false)
	private ObjectiveScope scope;

	@Column(name = "code")
	private String code;

	@Column(name = "title")
	private String title;

	@Column(name = "text", nullable = false)
	private String text;

	@Embedded
	private Provenance provenance;

	public Objective(Dialogue dialogue, PolicyArea policyArea, ObjectiveScope scope, String code, String title,
			String text, Provenance provenance) {
		this.dialogue = Objects.requireNonNull(dialogue, "dialogue");
		this.policyArea = Objects.requireNonNull(policyArea, "policyArea");
		this.scope = Objects.requireNonNull(scope, "scope");
		this.code = code;
		this.title = title;
		this.text = text == null || text.isBlank() ? Objects.requireNonNullElse(title, "") : text;
		if (this.text.isBlank()) {
			throw new IllegalArgumentException("an objective needs its text");
		}
		this.provenance = provenance;
	}

	/**
	 * Takes the wording and provenance of a revised document; true when anything changed.
	 */
	public boolean revise(String title, String text, Objective parent, Provenance provenance) {
		boolean changed = !Objects.equals(this.title, title) || !Objects.equals(this.text, text)
				|| this.parent != parent;
		this.title = title;
		this.text = text == null || text.isBlank() ? this.text : text;
		this.parent = parent;
		this.provenance = provenance;
		return changed;
	}

	public void placeUnder(Objective parent) {
		this.parent = parent;
	}

}
