package eu.lac.alliance.domain.progress;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
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
 * The secretariat's verdict on one progress update: validated, or returned to its author
 * with a reason. At most one per update (the database enforces it); like the update it is
 * never changed, and its time is the database's, read back once stored.
 */
@Entity
@Table(name = "progress_review")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProgressReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "progress_update_id")
	private ProgressUpdate update;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision", nullable = false)
	private ReviewState decision;

	@Column(name = "reviewer", nullable = false)
	private String reviewer;

	/** Set by the database on insert; {@code null} until the review is stored. */
	@Column(name = "reviewed_at", nullable = false, insertable = false, updatable = false)
	private Instant reviewedAt;

	@Column(name = "comment")
	private String comment;

	public ProgressReview(ProgressUpdate update, ReviewState decision, String reviewer, String comment) {
		if (decision == ReviewState.PENDING) {
			throw new IllegalArgumentException("a review validates or returns; it cannot leave an update pending");
		}
		if (decision == ReviewState.RETURNED && (comment == null || comment.isBlank())) {
			throw new IllegalArgumentException("a returned update needs a reason for its author");
		}
		this.update = Objects.requireNonNull(update, "update");
		this.decision = decision;
		this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
		this.comment = comment;
	}

}
