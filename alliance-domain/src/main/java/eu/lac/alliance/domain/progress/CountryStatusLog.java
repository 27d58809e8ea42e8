package eu.lac.alliance.domain.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Which status each country stood at on a given day: its latest validated entry dated on
 * or before that day (by date, then by submission time). This is what "as of the summit"
 * means.
 */
public final class CountryStatusLog {

	/** A validated log entry reduced to what the rule needs. */
	public record Entry(String countryCode, CompletionStatus status, LocalDate asOf, Instant submittedAt) {
	}

	private static final Comparator<Entry> LATEST = Comparator.comparing(Entry::asOf).thenComparing(Entry::submittedAt);

	private CountryStatusLog() {
	}

	public static Map<String, CompletionStatus> asOf(Collection<Entry> validatedEntries, LocalDate day) {
		Map<String, Entry> latest = new HashMap<>();
		for (Entry entry : validatedEntries) {
			if (!entry.asOf().isAfter(day)) {
				latest.merge(entry.countryCode(), entry, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
			}
		}
		Map<String, CompletionStatus> statuses = new HashMap<>();
		latest.forEach((country, entry) -> statuses.put(country, entry.status()));
		return statuses;
	}

}
