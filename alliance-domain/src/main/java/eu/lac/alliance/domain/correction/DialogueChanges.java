package eu.lac.alliance.domain.correction;

import eu.lac.alliance.domain.dialogue.PartialDate;

/** A dialogue's title, dates and place as a person corrects them. */
public record DialogueChanges(String title, PartialDate start, PartialDate end, String city, String countryCode) {
}
