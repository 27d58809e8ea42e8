package eu.lac.alliance.domain.actionitem;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * When an item is due: the date the portal measures against (the last day of a period
 * such as "Q2 2025") and the document's own wording, which is kept because it is what
 * people agreed to.
 */
@Embeddable
public record Deadline(@Column(name = "deadline_date") LocalDate dueOn,
		@Column(name = "deadline_text") String wording) {

	public Deadline {
		if (dueOn == null && (wording == null || wording.isBlank())) {
			throw new IllegalArgumentException("a deadline needs a date or the words that state it");
		}
	}

	/** True when the deadline has a date and {@code day} is after it. */
	public boolean hasPassed(LocalDate day) {
		return dueOn != null && day.isAfter(dueOn);
	}

}
