package eu.lac.alliance.domain.progress;

import java.time.Instant;
import java.util.Objects;

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
 * One message in the short thread on an update between its country's focal point and the
 * secretariat, so that a question needs no rejection. Append-only; its time the
 * database's.
 */
@Entity
@Table(name = "progress_comment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProgressComment {

	/** The longest comment the thread holds. */
	public static final int LIMIT = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "progress_update_id")
	private ProgressUpdate update;

	@Column(name = "author", nullable = false)
	private String author;

	@Column(name = "body", nullable = false)
	private String body;

	/** Set by the database on insert; {@code null} until the comment is stored. */
	@Column(name = "written_at", nullable = false, insertable = false, updatable = false)
	private Instant writtenAt;

	ProgressComment(ProgressUpdate update, String author, String body) {
		if (body == null || body.isBlank()) {
			throw new IllegalArgumentException("a comment needs some text");
		}
		if (body.length() > LIMIT) {
			throw new IllegalArgumentException("expected a comment of at most " + LIMIT + " characters");
		}
		this.update = Objects.requireNonNull(update, "update");
		this.author = Objects.requireNonNull(author, "author");
		this.body = body.strip();
	}

}
