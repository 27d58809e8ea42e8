package eu.lac.alliance.domain.actionitem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.lac.alliance.domain.progress.ReviewState;

/**
 * Everything the page of one action item shows, read in a fixed number of statements
 * whatever the length of its history: the item and where it sits, who takes part, its
 * deadlines and source lines, the per-country status today and as reported by the end of
 * the summit, and the full history of updates, reviews and comments.
 */
public record ItemPage(Item item, ItemLink parent, List<SubItem> subItems, List<Participant> participants,
		List<FurtherDeadline> furtherDeadlines, List<SourceLine> sourceLines, Summit summit, List<CountryRow> matrix,
		List<Update> history, ViewerCountry viewer) {

	/**
	 * The newest update on the item for {@code countryCode}, 0 when none: what a progress
	 * form opened now has seen, so that one logged after it is noticed before the form's
	 * is recorded.
	 */
	public long latestUpdateIdOf(String countryCode) {
		return history.stream()
			.filter(update -> update.countryCode().equals(countryCode))
			.mapToLong(Update::id)
			.max()
			.orElse(0);
	}

	/** The item itself and its rolled-up progress today (null status: no report). */
	public record Item(long id, String code, String title, String description, String category, String state,
			boolean openHereOrAbove, long dialogueId, String dialogueTitle, String policyArea, LocalDate deadline,
			String deadlineWording, Long sourceId, String sourceFileName, Integer firstLine, Integer lastLine,
			String status, Integer percent, Integer reportedUnits, Integer units) {

		public boolean active() {
			return "ACTIVE".equals(state);
		}

	}

	/** An item linked to from this one. */
	public record ItemLink(long id, String code, String title) {
	}

	/** A sub-item with its progress today (null status: no report). */
	public record SubItem(long id, String code, String title, String state, String status, Integer percent) {
	}

	/**
	 * A party named on the item (country, organisation or group) with its role, agencies
	 * and the document's wording; or a country taking part by another basis (co-lead
	 * line, joining), role null.
	 */
	public record Participant(String countryCode, String name, String role, List<String> agencies, String wording,
			String basis) {
	}

	/** A deadline the document states beyond the measured one. */
	public record FurtherDeadline(LocalDate date, String wording) {
	}

	/** One numbered line of the source text the item came from. */
	public record SourceLine(int number, String text) {
	}

	/** The milestone "at the summit" refers to; null when none is recorded. */
	public record Summit(String name, LocalDate lastDay) {
	}

	/**
	 * One country's row: whether it takes part, its status today and as reported by the
	 * end of the summit's last day (validated by then), and how many updates await
	 * validation.
	 */
	public record CountryRow(String countryCode, String countryName, boolean takesPart, String statusToday,
			LocalDate asOfToday, String statusAtSummit, LocalDate asOfAtSummit, int pending) {
	}

	/**
	 * One entry of the log with its decision, evidence, comments and what it corrects.
	 */
	public record Update(long id, String countryCode, String countryName, String status, LocalDate asOf, String note,
			List<String> evidence, String author, boolean onBehalf, Instant submittedAt, ReviewState reviewState,
			String reviewer, Instant reviewedAt, String reviewComment, Correction corrects, List<Comment> comments) {
	}

	/** The values of the returned update a correction replaces, to show what changed. */
	public record Correction(long id, String status, LocalDate asOf, String note, List<String> evidence,
			String reviewComment) {
	}

	/** One message of an update's thread. */
	public record Comment(String author, String body, Instant writtenAt) {
	}

	/**
	 * For a focal point: whether its country is a member of the Alliance and takes part
	 * in the item (null for other viewers).
	 */
	public record ViewerCountry(String countryCode, boolean member, boolean takesPart) {
	}

}
