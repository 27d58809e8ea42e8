package eu.lac.alliance.domain.correction;

import java.util.List;

import eu.lac.alliance.domain.dialogue.PartialDate;

/**
 * A dialogue's title, dates, place and co-chairs as a person corrects them.
 */
public record DialogueChanges(String title, PartialDate start, PartialDate end, String city, String countryCode,
		List<CoChairChoice> coChairs) {

	public DialogueChanges {
		coChairs = List.copyOf(coChairs);
	}

	/**
	 * A co-chair as a person enters it: a country or an organisation, and who sat in the
	 * chair.
	 */
	public record CoChairChoice(String countryCode, Long organisationId, String person) {
	}

}
