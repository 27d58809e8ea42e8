package eu.lac.alliance.importer.layout.takeaways;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.importer.document.DialogueKinds;
import eu.lac.alliance.importer.vocabulary.Articles;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.text.DateRange;
import eu.lac.alliance.importer.text.DateWording;
import eu.lac.alliance.importer.text.PlaceWording;
import eu.lac.alliance.importer.text.Sentences;

/**
 * Reads the event from the sentence that introduces it ("The second EU-LAC High-Level
 * Political Dialogue on AI, held in Santiago de Chile, on November 5-6, 2024, brought
 * together ..."): title, kind, host city and country, and dates.
 */
final class DialogueSentence {

	private static final Pattern HELD_IN = Pattern
		.compile("(?:,\\s*+)?\\b(?:held|hosted|organi[sz]ed|convened|that took place|which took place|took place|"
				+ "celebrad[oa]|realizad[oa]|que tuvo lugar|que se celebr[oó]|que se realiz[oó]|ocorrid[oa])\\s++"
				+ "(?:in|en|em|at|na|no)\\s++", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Words after which a city name has ended: "Santiago de Chile, on", "Madrid from",
	 * "Lima en".
	 */
	private static final List<String> CITY_ENDS = List.of(" on ", " in ", " from ", " during ", " between ", " at ",
			" el ", " los ", " del ", " entre ", " em ", " no ", " nos ", " de 20", " brought ", " reuni", " gathered ",
			" which ", " that ", " and ", " y ", " e ");

	private static final int LONGEST_TITLE = 160;

	private DialogueSentence() {
	}

	/**
	 * The event the first line that says where it was held describes, if any line does.
	 */
	static Optional<ParsedDialogue> find(List<String> texts, List<Integer> lineNumbers, CountryGazetteer countries) {
		for (int i = 0; i < texts.size(); i++) {
			Optional<ParsedDialogue> dialogue = read(texts.get(i), LineSpan.of(lineNumbers.get(i)), countries);
			if (dialogue.isPresent()) {
				return dialogue;
			}
		}
		return Optional.empty();
	}

	static Optional<ParsedDialogue> read(String text, LineSpan line, CountryGazetteer countries) {
		Matcher held = HELD_IN.matcher(text);
		while (held.find()) {
			int sentenceStart = Sentences.startBefore(text, held.start());
			String title = title(text.substring(sentenceStart, held.start()));
			if (title.isEmpty() || title.length() > LONGEST_TITLE || !DialogueKinds.mentionsAnEvent(title)) {
				continue;
			}
			String rest = text.substring(held.end());
			String city = city(rest);
			String countryCode = country(rest, city, countries);
			if (countryCode == null && !city.isEmpty()) {
				// a capital or meeting place named without its country ("held in
				// Montevideo")
				countryCode = PlaceWording.readAt(rest, 0, countries)
					.filter(place -> city.equals(place.city()))
					.map(PlaceWording.Place::countryCode)
					.orElse(null);
			}
			Optional<DateRange> dates = DateWording.findEventDates(rest);
			return Optional.of(new ParsedDialogue(title, DialogueKinds.of(title),
					dates.map(DateRange::start).orElse(null), dates.map(DateRange::end).orElse(null),
					city.isEmpty() ? null : city, countryCode, List.of(), null, line));
		}
		return Optional.empty();
	}

	private static String title(String phrase) {
		String title = phrase.strip();
		while (title.endsWith(",")) {
			title = title.substring(0, title.length() - 1).strip();
		}
		title = Articles.withoutLeading(title);
		if (title.isEmpty()) {
			return title;
		}
		return title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
	}

	private static String city(String rest) {
		int end = rest.length();
		for (char stop : new char[] { ',', '(', '.', ';', ':' }) {
			int at = rest.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		String padded = " " + rest.substring(0, end) + " ";
		String lower = padded.toLowerCase(Locale.ROOT);
		int cut = padded.length();
		for (String word : CITY_ENDS) {
			int at = lower.indexOf(word);
			if (at >= 0 && at < cut) {
				cut = at;
			}
		}
		for (int i = 0; i < cut; i++) {
			if (Character.isDigit(padded.charAt(i))) {
				cut = i;
				break;
			}
		}
		String city = padded.substring(0, cut).strip();
		return city.length() > 60 ? "" : city;
	}

	/**
	 * The host country: named after the city ("Santo Domingo, Dominican Republic", "Santo
	 * Domingo (Dominican Republic)") or inside it ("Santiago de Chile").
	 */
	private static String country(String rest, String city, CountryGazetteer countries) {
		String after = rest.substring(Math.min(rest.length(), city.length())).stripLeading();
		if (after.startsWith(",") || after.startsWith("(")) {
			var named = countries.longestMatchAt(NameKey.tokens(after.substring(1, Math.min(after.length(), 80))), 0);
			if (named.isPresent()) {
				return named.get().country().getCode();
			}
		}
		List<String> words = NameKey.tokens(city);
		for (int i = 0; i < words.size(); i++) {
			var match = countries.longestMatchAt(words, i);
			if (match.isPresent()) {
				return match.get().country().getCode();
			}
		}
		return null;
	}

}
