package eu.lac.alliance.domain.actionitem;

import java.util.Locale;
import java.util.Optional;

import eu.lac.alliance.domain.progress.CompletionStatus;

/**
 * A status to filter items by: one of the completion scale's, or "no report" (no
 * validated update yet), which is a state of its own.
 */
public enum StatusFilter {

	NO_REPORT, NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE, WITHDRAWN;

	/** The filter a parameter names, in any case; empty for anything else. */
	public static Optional<StatusFilter> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (StatusFilter filter : values()) {
			if (filter.name().equals(name)) {
				return Optional.of(filter);
			}
		}
		return Optional.empty();
	}

	/** The completion status this filter selects; null for "no report". */
	public CompletionStatus completion() {
		return this == NO_REPORT ? null : CompletionStatus.valueOf(name());
	}

}
