package eu.lac.alliance.domain.dialogue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date known to a year, a month or a day. {@code date} is the first day of what is
 * known, so "February 2024" is 2024-02-01 with MONTH precision; {@link #latest()} gives
 * its last day.
 */
@Embeddable
public record PartialDate(LocalDate date, @Enumerated(EnumType.STRING) DatePrecision precision) {

	public PartialDate {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(precision, "precision");
		if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1
				|| precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
			throw new IllegalArgumentException("a " + precision + " date must start its period: " + date);
		}
	}

	public static PartialDate day(LocalDate date) {
		return new PartialDate(date, DatePrecision.DAY);
	}

	public static PartialDate month(int year, int month) {
		return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
	}

	public static PartialDate year(int year) {
		return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	/** The first day the stated period could mean. */
	public LocalDate earliest() {
		return date;
	}

	/** The last day the stated period could mean. */
	public LocalDate latest() {
		return switch (precision) {
			case DAY -> date;
			case MONTH -> YearMonth.from(date).atEndOfMonth();
			case YEAR -> date.withDayOfYear(date.lengthOfYear());
		};
	}

	/** The exact date, when the document states the day. */
	public LocalDate exact() {
		return precision == DatePrecision.DAY ? date : null;
	}

	@Override
	public String toString() {
		return switch (precision) {
			case DAY -> date.toString();
			case MONTH -> YearMonth.from(date).toString();
			case YEAR -> Integer.toString(date.getYear());
		};
	}

}
