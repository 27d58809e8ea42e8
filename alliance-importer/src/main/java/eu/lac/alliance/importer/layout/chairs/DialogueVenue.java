package eu.lac.alliance.importer.layout.chairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.NameKey;

/**
 * Where a dialogue was held, as the opening sentence says it: "held in Santo Domingo (Dominican
 * Republic)", "held in Santo Domingo, Dominican Republic, on ...", "celebrado en Montevideo (Uruguay)".
 * The country may be in brackets, after a comma, or part of the city's own name ("Santiago de Chile").
 *
 * @param city the host city as written
 * @param countryCode the host country, ISO alpha-2, or null when the gazetteer does not know it
 * @param end the index in the searched text where the place ends
 */
record DialogueVenue(String city, String countryCode, int end) {

	private static final Pattern HELD_IN = Pattern.compile("(?iu)\\b(?:held|hosted|convened|organi[sz]ed|took\\s{1,3}place"
			+ "|taking\\s{1,3}place|celebrad[oa]|realizad[oa]|llevad[oa]\\s{1,3}a\\s{1,3}cabo|tuvo\\s{1,3}lugar"
			+ "|organizad[oa]|desarrollad[oa]|ocorrid[oa]|teve\\s{1,3}lugar)\\s{1,3}(?:in|en|em|no|na)\\s{1,3}");

	private static final Set<String> CONNECTORS = Set.of("de", "del", "da", "do", "dos", "das", "of", "la", "el", "los",
			"las", "and", "y", "e");

	private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "enero", "febrero", "marzo", "abril", "mayo",
			"junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janeiro",
			"fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro");

	private static final int LONGEST_NAME_IN_WORDS = 5;

	private static final int SEARCH_WINDOW = 400;

	/** The venue stated in {@code text} from {@code from} on, within a sentence's reach. */
	static Optional<DialogueVenue> in(String text, int from, CountryGazetteer countries) {
		int limit = Math.min(text.length(), from + SEARCH_WINDOW);
		Matcher matcher = HELD_IN.matcher(text).region(from, limit);
		if (!matcher.find()) {
			return Optional.empty();
		}
		Name city = name(text, matcher.end());
		if (city.text().isEmpty()) {
			return Optional.empty();
		}
		int end = city.end();
		String countryCode = null;
		int next = skipSpaces(text, end);
		if (next < text.length() && text.charAt(next) == '(') {
			int close = text.indexOf(')', next);
			if (close > next && close - next < 80) {
				countryCode = country(text.substring(next + 1, close), countries);
				end = close + 1;
			}
		}
		else if (next < text.length() && text.charAt(next) == ',') {
			Name after = name(text, skipSpaces(text, next + 1));
			String code = country(after.text(), countries);
			if (code != null) {
				countryCode = code;
				end = after.end();
			}
		}
		if (countryCode == null) {
			countryCode = countryWithin(city.text(), countries);
		}
		return Optional.of(new DialogueVenue(city.text(), countryCode, end));
	}

	private record Name(String text, int end) {
	}

	/** Capitalised words (with "de", "of" between them) starting at {@code from}. */
	private static Name name(String text, int from) {
		List<String> words = new ArrayList<>();
		int end = from;
		int i = from;
		while (words.size() < LONGEST_NAME_IN_WORDS && i < text.length()) {
			int wordEnd = i;
			while (wordEnd < text.length() && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-'
					|| text.charAt(wordEnd) == '\'' || text.charAt(wordEnd) == '.')) {
				wordEnd++;
			}
			while (wordEnd > i && text.charAt(wordEnd - 1) == '.') {
				wordEnd--;
			}
			if (wordEnd == i) {
				break;
			}
			String word = text.substring(i, wordEnd);
			String folded = NameKey.of(word);
			boolean capitalised = Character.isUpperCase(word.codePointAt(0));
			if (capitalised && !MONTHS.contains(folded)) {
				words.add(word);
				end = wordEnd;
			}
			else if (!words.isEmpty() && CONNECTORS.contains(word) && nextWordCapitalised(text, wordEnd)) {
				words.add(word);
			}
			else {
				break;
			}
			if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
				break;
			}
			i = wordEnd + 1;
		}
		while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1))) {
			words.remove(words.size() - 1);
		}
		return new Name(String.join(" ", words), end);
	}

	private static boolean nextWordCapitalised(String text, int wordEnd) {
		int next = skipSpaces(text, wordEnd);
		return next < text.length() && Character.isUpperCase(text.charAt(next)) && !MONTHS.contains(NameKey.of(
				text.substring(next, Math.min(text.length(), next + 12)).split("[^\\p{L}]", 2)[0]));
	}

	private static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
			i++;
		}
		return i;
	}

	private static String country(String name, CountryGazetteer countries) {
		String plain = ConclusionText.plain(name);
		Optional<Country> country = countries.find(plain);
		if (country.isPresent()) {
			return country.get().getCode();
		}
		List<String> tokens = NameKey.tokens(plain);
		return tokens.isEmpty() ? null
				: countries.longestMatchAt(tokens, 0)
					.filter(match -> match.end() == tokens.size())
					.map(match -> match.country().getCode())
					.orElse(null);
	}

	/** A country that the city's own name holds: "Santiago de Chile", "Panama City", "Ciudad de México". */
	private static String countryWithin(String city, CountryGazetteer countries) {
		List<String> tokens = NameKey.tokens(city);
		for (int i = 1; i < tokens.size(); i++) {
			var match = countries.longestMatchAt(tokens, i);
			if (match.isPresent()) {
				return match.get().country().getCode();
			}
		}
		if (tokens.size() > 1) {
			var first = countries.longestMatchAt(tokens, 0);
			if (first.isPresent() && first.get().end() < tokens.size()) {
				return first.get().country().getCode();
			}
		}
		return null;
	}

}
