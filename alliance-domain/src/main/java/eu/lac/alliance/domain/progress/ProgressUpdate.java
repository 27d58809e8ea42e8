package eu.lac.alliance.domain.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.country.Country;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One entry in an item's progress log for one country: what stood where on which day, by
 * whom. The log is append-only (the database refuses updates, deletes and truncation of
 * these rows); the secretariat's verdict on an entry is a separate
 * {@link ProgressReview}. The submission time is the database's own: it is never sent,
 * and is read back once the entry is stored.
 */
@Entity
@Table(name = "progress_update")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProgressUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_item_id")
	private ActionItem actionItem;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_code")
	private Country country;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private CompletionStatus status;

	@Column(name = "as_of", nullable = false)
	private LocalDate asOf;

	@Column(name = "note")
	private String note;

	@Column(name = "evidence_url")
	private String evidenceUrl;

	@Column(name = "author", nullable = false)
	private String author;

	/**
	 * Logged by the secretariat (or an admin) for the country, rather than by the
	 * country's focal point; such an entry is validated as it is logged.
	 */
	@Column(name = "on_behalf", nullable = false, updatable = false)
	private boolean onBehalf;

	/** The returned update this one corrects, if any. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "corrects_update_id", updatable = false)
	private ProgressUpdate corrects;

	/** Links to evidence (http or https only), in the order given. */
	@ElementCollection
	@CollectionTable(name = "progress_evidence", joinColumns = @JoinColumn(name = "progress_update_id"))
	@OrderColumn(name = "position")
	@Column(name = "url", nullable = false)
	private List<String> evidence = new ArrayList<>();

	/** Set by the database on insert; {@code null} until the entry is stored. */
	@Column(name = "submitted_at", nullable = false, insertable = false, updatable = false)
	private Instant submittedAt;

	/**
	 * A new entry for the log.
	 * @param reportedAt the moment the reporter submits, by the application's clock: it
	 * only serves to refuse progress for a future day; the stored submission time is the
	 * database's
	 */
	public ProgressUpdate(ActionItem actionItem, Country country, CompletionStatus status, LocalDate asOf, String note,
			String evidenceUrl, String author, Instant reportedAt) {
		this.actionItem = Objects.requireNonNull(actionItem, "actionItem");
		this.country = Objects.requireNonNull(country, "country");
		this.status = Objects.requireNonNull(status, "status");
		this.asOf = Objects.requireNonNull(asOf, "asOf");
		if (evidenceUrl != null && !evidenceUrl.isBlank() && !evidenceUrl.strip().matches("(?i)https?://\\S+")) {
			throw new IllegalArgumentException("expected an http(s) link as evidence but found " + evidenceUrl);
		}
		if (author == null || author.isBlank()) {
			throw new IllegalArgumentException("a progress update needs its author");
		}
		this.note = note;
		this.evidenceUrl = evidenceUrl == null || evidenceUrl.isBlank() ? null : evidenceUrl.strip();
		this.author = author;
		Objects.requireNonNull(reportedAt, "reportedAt");
		if (asOf.isAfter(LocalDate.ofInstant(reportedAt, java.time.ZoneOffset.UTC).plusDays(1))) {
			throw new IllegalArgumentException("progress cannot be reported for a future date (" + asOf + ")");
		}
	}

	/**
	 * A new entry for the log from a report: by the country's focal point, or on its
	 * behalf by the secretariat; optionally correcting a returned entry of the same item
	 * and country. Only {@link ProgressWorkflow} decides who may write which.
	 */
	static ProgressUpdate of(ActionItem actionItem, Country country, ProgressReport report, String author,
			boolean onBehalf, ProgressUpdate corrects, Instant reportedAt) {
		ProgressUpdate update = new ProgressUpdate(actionItem, country, report.status(), report.asOf(), report.note(),
				null, author, reportedAt);
		update.onBehalf = onBehalf;
		update.corrects = corrects;
		update.evidence.addAll(report.evidence());
		return update;
	}

	public List<String> getEvidence() {
		return Collections.unmodifiableList(evidence);
	}

	/** Whether this entry is on {@code item} for {@code countryCode}. */
	public boolean isFor(Long itemId, String countryCode) {
		return actionItem.getId().equals(itemId) && country.getCode().equals(countryCode);
	}

}
