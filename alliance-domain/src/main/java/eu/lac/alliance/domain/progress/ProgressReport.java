package eu.lac.alliance.domain.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a reporter says about one country's progress on one item, before anyone decides
 * whether they may say it: the status, the day it refers to, a note kept as written, and
 * evidence links (http or https only, one per entry).
 */
public record ProgressReport(CompletionStatus status, LocalDate asOf, String note, List<String> evidence) {

	private static final Pattern LINK = Pattern.compile("(?i)https?://\\S+");

	/** The longest note the log holds. */
	public static final int NOTE_LIMIT = 4000;

	public ProgressReport {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(asOf, "asOf");
		note = note == null || note.isBlank() ? null : note;
		if (note != null && note.length() > NOTE_LIMIT) {
			throw new IllegalArgumentException("expected a note of at most " + NOTE_LIMIT + " characters");
		}
		evidence = List.copyOf(evidence);
		for (String link : evidence) {
			if (!isLink(link)) {
				throw new IllegalArgumentException("expected an http(s) link as evidence but found " + link);
			}
		}
	}

	/** Whether {@code text} is one evidence link the log accepts. */
	public static boolean isLink(String text) {
		return text != null && text.length() <= 2000 && LINK.matcher(text).matches();
	}

	/** The links of a text with one per line, blank lines left out. */
	public static List<String> linesOf(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
