package eu.lac.alliance.importer.result;

import java.util.List;

import eu.lac.alliance.domain.dialogue.CountQualifier;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.source.LineSpan;

/**
 * The event a document describes. Any field the document does not state is null (or
 * empty).
 *
 * @param title a title that names the event ("High Level Dialogue on Cybersecurity")
 * @param kind what sort of event
 * @param start first day, as precisely as stated
 * @param end last day, as precisely as stated (same as start for a one-day event or when
 * only a month is known)
 * @param city host city
 * @param countryCode host country, ISO alpha-2
 * @param coChairs co-chairs (countries or organisations, role CO_CHAIR, person names in
 * {@code agencies} when given)
 * @param participantCount "over 150 senior government representatives" gives 150
 * @param lines where the document states these facts
 * @param participantCountQualifier how the document qualifies the count ("over" in "over
 * 150"), null when it states an exact number or none
 */
public record ParsedDialogue(String title, DialogueKind kind, PartialDate start, PartialDate end, String city,
		String countryCode, List<ParsedParty> coChairs, Integer participantCount, LineSpan lines,
		CountQualifier participantCountQualifier) {

	public ParsedDialogue {
		coChairs = List.copyOf(coChairs);
		if (participantCount == null) {
			participantCountQualifier = null;
		}
	}

	/** A dialogue whose participant count, if any, is exact. */
	public ParsedDialogue(String title, DialogueKind kind, PartialDate start, PartialDate end, String city,
			String countryCode, List<ParsedParty> coChairs, Integer participantCount, LineSpan lines) {
		this(title, kind, start, end, city, countryCode, coChairs, participantCount, lines, null);
	}

}
