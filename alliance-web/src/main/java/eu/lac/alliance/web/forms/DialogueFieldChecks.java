package eu.lac.alliance.web.forms;

import java.time.DateTimeException;
import java.time.LocalDate;

import eu.lac.alliance.domain.dialogue.DatePrecision;
import eu.lac.alliance.domain.dialogue.PartialDate;

/**
 * The checks a dialogue's own fields (title, dates, place) pass wherever an admin types
 * them, the dialogue edit form and an import's corrections alike, so that both accept the
 * same lengths and the same dates. Each form still words its errors in its own bundle.
 */
public final class DialogueFieldChecks {

	/** The longest title stored (dialogue.title). */
	public static final int TITLE_LIMIT = 500;

	/** The longest city stored (dialogue.city). */
	public static final int CITY_LIMIT = 200;

	private DialogueFieldChecks() {
	}

	/** Whether a title typed (blank counts as absent) fits. */
	public static boolean titleFits(String title) {
		return blank(title) || title.strip().length() <= TITLE_LIMIT;
	}

	/** Whether a city typed (blank counts as absent) fits. */
	public static boolean cityFits(String city) {
		return blank(city) || city.strip().length() <= CITY_LIMIT;
	}

	/**
	 * Whether a country typed (blank counts as absent) has the shape of a country code.
	 */
	public static boolean countryShaped(String country) {
		return blank(country) || country.strip().matches("[A-Za-z]{2}");
	}

	/**
	 * A date as precise as written, {@code 2024-02-14}, {@code 2024-02} or {@code 2024};
	 * null when blank or none of the three.
	 */
	public static PartialDate date(String text) {
		if (blank(text)) {
			return null;
		}
		String value = text.strip();
		try {
			if (value.matches("[0-9]{4}")) {
				return PartialDate.year(Integer.parseInt(value));
			}
			if (value.matches("[0-9]{4}-[0-9]{2}")) {
				return PartialDate.month(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5)));
			}
			if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
				return PartialDate.day(LocalDate.parse(value));
			}
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			return null;
		}
		return null;
	}

	/** A whole day written {@code 2024-02-14}; null when blank or anything else. */
	public static LocalDate day(String text) {
		PartialDate date = date(text);
		return date == null || date.precision() != DatePrecision.DAY ? null : date.exact();
	}

	public static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
