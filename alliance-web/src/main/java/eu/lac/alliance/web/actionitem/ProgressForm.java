package eu.lac.alliance.web.actionitem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.validation.Errors;

import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ProgressComment;
import eu.lac.alliance.domain.progress.ProgressReport;

/**
 * What the progress form posts, under names scripts outside the code rely on
 * ({@code country}, {@code status}, {@code date}, {@code note}, {@code evidence}), plus
 * the hidden {@code seen} (the newest update on the item for the country when the form
 * was rendered) and {@code corrects} (the returned update being corrected). Never an
 * entity; everything arrives as text and is checked here, next to the field.
 */
public class ProgressForm {

	private String country = "";

	private String status = "";

	private String date = "";

	private String note = "";

	private String evidence = "";

	private Long seen;

	private Long corrects;

	/** Checks each field, rejecting it with a message key next to it. */
	void check(Errors errors, LocalDate today) {
		if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
			errors.rejectValue("country", "progress.error.country");
		}
		if (statusValue() == null) {
			errors.rejectValue("status", "progress.error.status");
		}
		LocalDate day = dateValue();
		if (day == null) {
			errors.rejectValue("date", "progress.error.date");
		}
		else if (day.isAfter(today)) {
			errors.rejectValue("date", "progress.error.future");
		}
		if (note != null && note.length() > ProgressReport.NOTE_LIMIT) {
			errors.rejectValue("note", "progress.error.noteTooLong");
		}
		List<String> links = ProgressReport.linesOf(evidence);
		if (links.size() > 20 || links.stream().anyMatch(link -> !ProgressReport.isLink(link))) {
			errors.rejectValue("evidence", "progress.error.evidence");
		}
	}

	ProgressReport toReport() {
		return new ProgressReport(statusValue(), dateValue(), note, ProgressReport.linesOf(evidence));
	}

	String countryCode() {
		return country == null ? null : country.strip().toUpperCase(Locale.ROOT);
	}

	private CompletionStatus statusValue() {
		try {
			return CompletionStatus.valueOf(status == null ? "" : status.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private LocalDate dateValue() {
		try {
			return date == null ? null : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static int commentLimit() {
		return ProgressComment.LIMIT;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public Long getSeen() {
		return seen;
	}

	public void setSeen(Long seen) {
		this.seen = seen;
	}

	public Long getCorrects() {
		return corrects;
	}

	public void setCorrects(Long corrects) {
		this.corrects = corrects;
	}

}
