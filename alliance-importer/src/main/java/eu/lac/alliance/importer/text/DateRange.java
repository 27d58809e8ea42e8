package eu.lac.alliance.importer.text;

import java.util.Objects;

import eu.lac.alliance.domain.dialogue.PartialDate;

/**
 * The days an event took place as a document words them: "14-16 February 2024" is 14 to
 * 16 February, "February of 2024" is the month of February for both ends.
 *
 * @param start first day (or month) stated
 * @param end last day (or month) stated; equal to {@code start} for a one-day event
 * @param wording the words the dates were read from, as written
 */
public record DateRange(PartialDate start, PartialDate end, String wording) {

	public DateRange {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.latest().isBefore(start.earliest())) {
			throw new IllegalArgumentException("expected an end on or after " + start + " but found " + end);
		}
	}

}
