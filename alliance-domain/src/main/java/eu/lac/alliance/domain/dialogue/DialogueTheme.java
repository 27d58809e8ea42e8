package eu.lac.alliance.domain.dialogue;

import java.util.Objects;

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
 * A theme a dialogue was organised around (a press release's "pillars"): what it spoke
 * about, as distinct from the action areas its conclusions commit to.
 */
@Entity
@Table(name = "dialogue_theme")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DialogueTheme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dialogue_id")
	private Dialogue dialogue;

	@Column(name = "position", nullable = false)
	private int position;

	@Column(name = "name", nullable = false)
	private String name;

	@Embedded
	private Provenance provenance;

	public DialogueTheme(String name, Provenance provenance) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a theme needs a name");
		}
		this.name = name.strip();
		this.provenance = provenance;
	}

	void attachTo(Dialogue dialogue, int position) {
		this.dialogue = Objects.requireNonNull(dialogue, "dialogue");
		this.position = position;
	}

}
