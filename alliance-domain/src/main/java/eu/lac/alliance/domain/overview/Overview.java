package eu.lac.alliance.domain.overview;

import java.time.LocalDate;

/**
 * The headline figures of the portal's front page.
 *
 * @param dialogues dialogues, forums and events recorded
 * @param actionItems active action items
 * @param members countries that have joined the Alliance
 * @param countries countries in the gazetteer
 * @param summit the EU-CELAC Summit 2025 milestone, or null when it is missing
 */
public record Overview(long dialogues, long actionItems, long members, long countries, SummitFacts summit) {

	/** What the front page says of the summit. */
	public record SummitFacts(String name, String city, LocalDate startDate, LocalDate endDate) {
	}

	/** Whether the summit lies behind {@code today}. */
	public boolean summitPassed(LocalDate today) {
		return summit != null && today.isAfter(summit.endDate());
	}

}
