package eu.lac.alliance.web.dialogue;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.dialogue.PartialDate;

/**
 * Writes a date as precisely as the document stated it ("February 2024", "14 February
 * 2024", "2024") and a span of two, in the reader's language. Templates call it as
 * {@code @partialDates}.
 */
@Component("partialDates")
public class PartialDates {

	public String format(PartialDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		String pattern = switch (date.precision()) {
			case DAY -> "d MMMM yyyy";
			case MONTH -> "MMMM yyyy";
			case YEAR -> "yyyy";
		};
		return DateTimeFormatter.ofPattern(pattern, locale).format(date.date());
	}

	/**
	 * The span from {@code start} to {@code end}; one date when they are the same or one
	 * is missing.
	 */
	public String span(PartialDate start, PartialDate end, Locale locale) {
		if (start == null || end == null || start.equals(end)) {
			return format(start != null ? start : end, locale);
		}
		return format(start, locale) + " – " + format(end, locale);
	}

}
