package eu.lac.alliance.web.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import eu.lac.alliance.domain.dashboard.AsOfBasis;

/**
 * The day and basis a page was asked for ({@code ?asOf=YYYY-MM-DD&basis=reported|known}),
 * or why the request could not be followed, so that a wrong date is a message on the page
 * and never an error page.
 *
 * @param day the day asked for; null for today's figures
 * @param problem the message key saying what was wrong with the request, or null
 * @param rejected what was sent, to quote back in that message
 */
record AsOfChoice(LocalDate day, AsOfBasis basis, String problem, String rejected) {

	private static final int QUOTED = 40;

	static AsOfChoice parse(String asOf, String basis, LocalDate today) {
		AsOfBasis chosenBasis = AsOfBasis.REPORTED;
		String problem = null;
		String rejected = null;
		if ("known".equalsIgnoreCase(strip(basis))) {
			chosenBasis = AsOfBasis.KNOWN;
		}
		else if (basis != null && !basis.isBlank() && !"reported".equalsIgnoreCase(strip(basis))) {
			problem = "dashboard.basis.invalid";
			rejected = quote(basis);
		}
		if (asOf == null || asOf.isBlank()) {
			return new AsOfChoice(null, chosenBasis, problem, rejected);
		}
		try {
			LocalDate day = LocalDate.parse(asOf.strip());
			if (day.isAfter(today)) {
				return new AsOfChoice(null, chosenBasis, "dashboard.asOf.future", quote(asOf));
			}
			return new AsOfChoice(day, chosenBasis, problem, rejected);
		}
		catch (DateTimeParseException ex) {
			return new AsOfChoice(null, chosenBasis, "dashboard.asOf.invalid", quote(asOf));
		}
	}

	/** The basis as the query parameter spells it. */
	public String basisParam() {
		return basis == AsOfBasis.KNOWN ? "known" : "reported";
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

	private static String quote(String value) {
		return value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value;
	}

}
