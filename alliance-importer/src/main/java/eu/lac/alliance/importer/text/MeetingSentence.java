package eu.lac.alliance.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.importer.text.PlaceWording.Place;

/**
 * The sentence that says the meeting itself took place ("The meeting was convened in Lima
 * from Monday 2 to Wednesday 4 June 2025", "se llevó a cabo en Quito del 10 al 12 de
 * marzo"), because a story's dateline, a preparatory meeting or the previous dialogue
 * state dates and places too, and only this sentence gives the dialogue's own.
 *
 * @param text the sentence, without a dateline that opened it
 * @param start where the sentence starts in the searched text
 */
public record MeetingSentence(String text, int start) {

	/**
	 * "Brussels, 12 June 2025 –", "Madrid, 20 de marzo de 2025": a place and the day of
	 * publication opening a story, up to the date.
	 */
	private static final Pattern DATELINE_PLACE = Pattern.compile("^\\p{Lu}[\\p{L} .'’-]{1,40},\\s*+");

	private static final Pattern DATELINE_END = Pattern.compile("^\\s*+(?:[–—:-]|\\.\\s|$)\\s*+");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s++[\\p{Lu}\"“(])|\\n");

	/**
	 * The sentences of {@code text}, in order, that name a venue verb and state the
	 * meeting's dates or place, leaving out those about another meeting.
	 */
	public static List<MeetingSentence> in(String text) {
		List<MeetingSentence> found = new ArrayList<>();
		first(text, sentence -> {
			found.add(sentence);
			return Optional.empty();
		});
		return found;
	}

	/** The dates the first meeting sentence stating dates gives. */
	public static Optional<DateRange> dates(String text) {
		return first(text, sentence -> DateWording.findEventDates(sentence.text()));
	}

	/** The place, with its country, the first meeting sentence naming one gives. */
	public static Optional<Place> venue(String text, CountryGazetteer countries) {
		return first(text, sentence -> PlaceWording.findIn(sentence.text(), countries)
			.filter(place -> place.countryCode() != null));
	}

	/**
	 * What {@code read} gives for the first meeting sentence it gives something for;
	 * sentences after it are never looked at.
	 */
	private static <T> Optional<T> first(String text, Function<MeetingSentence, Optional<T>> read) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		int start = 0;
		Matcher end = SENTENCE_END.matcher(text);
		while (start < text.length()) {
			int stop = end.find(start) ? end.start() + 1 : text.length();
			String sentence = text.substring(start, stop);
			String own = withoutDateline(sentence);
			if (!own.isBlank() && PlaceWording.namesVenueVerb(own) && !PlaceWording.aboutAnotherMeeting(own)
					&& (PlaceWording.venueStart(own, 0, own.length()) >= 0
							|| DateWording.findEventDates(own).isPresent())) {
				Optional<T> value = read.apply(new MeetingSentence(own.strip(), start + sentence.indexOf(own)));
				if (value.isPresent()) {
					return value;
				}
			}
			start = stop;
		}
		return Optional.empty();
	}

	/** The sentence without a dateline ("Brussels, 12 June 2025 –") that opens it. */
	static String withoutDateline(String sentence) {
		String stripped = sentence.stripLeading();
		Matcher place = DATELINE_PLACE.matcher(stripped);
		if (!place.find()) {
			return sentence;
		}
		String rest = stripped.substring(place.end());
		Optional<DateRange> date = DateWording.findEventDates(rest);
		if (date.isEmpty() || !rest.startsWith(date.get().wording())) {
			return sentence;
		}
		String after = rest.substring(date.get().wording().length());
		Matcher separator = DATELINE_END.matcher(after);
		return separator.find() ? after.substring(separator.end()) : sentence;
	}

}
