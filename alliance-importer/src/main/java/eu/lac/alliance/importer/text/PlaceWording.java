package eu.lac.alliance.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * Reads where an event took place from prose, a "Location" field or the words after "held
 * in": "in Santo Domingo, Dominican Republic", "en Santiago de Chile (Chile)", "Madrid,
 * Spain", "in Colombia". The country is resolved through the gazetteer in any language it
 * knows; the city is kept as written.
 */
public final class PlaceWording {

	/**
	 * A place: the city as written (or null) and the country's ISO alpha-2 code (or
	 * null).
	 */
	public record Place(String city, String countryCode, String wording) {
	}

	private static final Pattern PREPOSITION = Pattern
		.compile("(?<![\\p{L}\\p{N}])(?:[Ii]n|[Ee]n|[Ee]m|[Aa]t|[Nn]a|[Nn]o)\\s++(?=\\p{Lu})");

	private static final Set<String> CONNECTORS = Set.of("de", "del", "da", "do", "dos", "das", "of", "la", "el", "los",
			"las", "and", "y", "e");

	private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "enero", "febrero", "marzo", "abril", "mayo",
			"junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janeiro",
			"fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "the",
			"this", "that", "these", "order", "addition", "particular", "general", "line", "view", "light", "response",
			"eu", "lac", "europe", "latin", "america", "caribbean", "americas", "q1", "q2", "q3", "q4", "h1", "h2");

	private static final int LONGEST_NAME_IN_WORDS = 5;

	/**
	 * Capitals and meeting places with their countries, for a venue named without its
	 * country.
	 */
	private static final Map<String, String> CITY_COUNTRIES = ReferenceData.cityCountries();

	/** The vocabulary of where meetings take place: venue verbs, other meetings. */
	private static final List<VocabularyFile.Entry> MEETING_WORDS = VocabularyFile.read("venue-verbs.tsv");

	/** Verbs after which a place is the meeting's own venue, as folded words. */
	private static final Map<String, List<List<String>>> VENUE_VERBS = phrases("venue");

	/** Words that put a sentence about another meeting than the document's own. */
	private static final Map<String, List<List<String>>> OTHER_MEETING = phrases("other-meeting");

	private static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "en", "em", "no", "na", "at");

	private static final Pattern WORD = Pattern.compile("\\p{L}++(?:-\\p{L}++)*+");

	/** The longest gap between a verb and the preposition or the place after it. */
	private static final int GAP = 3;

	private PlaceWording() {
	}

	/**
	 * Where the place after a venue verb starts in {@code text} between {@code from} and
	 * {@code to} ("held in |Santo Domingo", "decorreu em |Lisboa"), or -1.
	 */
	public static int venueStart(String text, int from, int to) {
		List<Word> words = words(text, from, Math.min(to, text.length()));
		for (int i = 0; i < words.size(); i++) {
			int verbEnd = phraseAt(text, words, i, VENUE_VERBS);
			if (verbEnd < 0 || verbEnd >= words.size()) {
				continue;
			}
			Word preposition = words.get(verbEnd);
			Word previous = words.get(verbEnd - 1);
			if (VENUE_PREPOSITIONS.contains(preposition.folded()) && preposition.start() - previous.end() <= GAP) {
				int place = preposition.end();
				while (place < text.length() && place - preposition.end() < GAP
						&& Character.isSpaceChar(text.charAt(place))) {
					place++;
				}
				if (place > preposition.end() && place < text.length() && Character.isUpperCase(text.charAt(place))) {
					return place;
				}
			}
		}
		return -1;
	}

	/** Whether {@code text} names a verb that says where a meeting took place. */
	public static boolean namesVenueVerb(String text) {
		List<Word> words = words(text, 0, text.length());
		for (int i = 0; i < words.size(); i++) {
			if (phraseAt(text, words, i, VENUE_VERBS) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code text} speaks of another meeting than the document's own: a previous,
	 * preparatory or upcoming one.
	 */
	public static boolean aboutAnotherMeeting(String text) {
		List<Word> words = words(text, 0, text.length());
		for (int i = 0; i < words.size(); i++) {
			if (phraseAt(text, words, i, OTHER_MEETING) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The vocabulary's phrases of one meaning, as folded words, by their first word. */
	private static Map<String, List<List<String>>> phrases(String meaning) {
		return MEETING_WORDS.stream()
			.filter(entry -> entry.cell(1).equals(meaning))
			.flatMap(entry -> entry.alternatives(0).stream())
			.map(phrase -> java.util.Arrays.stream(phrase.split("\\s+")).map(PlaceWording::fold).toList())
			.collect(java.util.stream.Collectors.groupingBy(words -> words.get(0)));
	}

	/** Start and end offsets of the words between {@code from} and {@code to}. */
	private static List<Word> words(String text, int from, int to) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text).region(from, to);
		while (matcher.find()) {
			words.add(new Word(matcher.start(), matcher.end(), fold(matcher.group())));
		}
		return words;
	}

	/**
	 * The index of the word after the longest phrase starting at word {@code i}, or -1.
	 */
	private static int phraseAt(String text, List<Word> words, int i, Map<String, List<List<String>>> phrases) {
		int best = -1;
		for (List<String> phrase : phrases.getOrDefault(words.get(i).folded(), List.of())) {
			if (i + phrase.size() > words.size() || phrase.size() + i <= best) {
				continue;
			}
			boolean matches = true;
			for (int k = 0; matches && k < phrase.size(); k++) {
				matches = phrase.get(k).equals(words.get(i + k).folded())
						&& (k == 0 || words.get(i + k).start() - words.get(i + k - 1).end() <= GAP);
			}
			if (matches) {
				best = i + phrase.size();
			}
		}
		return best;
	}

	/** A word of the text with where it sits and its folded form. */
	private record Word(int start, int end, String folded) {
	}

	private static String fold(String word) {
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		boolean plain = lower.chars().allMatch(c -> c < 128);
		return plain ? lower
				: java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	/**
	 * The place prose states. A city with its country wins over a city whose name holds a
	 * country ("Santiago de Chile"), which wins over a country alone and then a city
	 * alone; among equals, the first.
	 */
	public static Optional<Place> findIn(String text, CountryGazetteer countries) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		Place best = null;
		int bestRank = 0;
		Matcher matcher = PREPOSITION.matcher(text);
		while (matcher.find() && bestRank < 4 + EVENT_BONUS) {
			Candidate candidate = read(text, matcher.end(), countries);
			int rank = candidate == null ? 0
					: candidate.rank() + (afterEventVerb(text, matcher.start()) ? EVENT_BONUS : 0);
			if (candidate != null && rank > bestRank) {
				best = new Place(candidate.city(), candidate.countryCode(),
						text.substring(matcher.start(), candidate.end()).strip());
				bestRank = rank;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * A place right after "held in", "took place in" and the like outranks any other the
	 * text names.
	 */
	private static final int EVENT_BONUS = 4;

	private static boolean afterEventVerb(String text, int prepositionStart) {
		int from = Math.max(0, prepositionStart - 30);
		List<Word> words = words(text, from, prepositionStart);
		String between = words.isEmpty() ? "" : text.substring(words.get(words.size() - 1).end(), prepositionStart);
		if (!between.strip().isEmpty() && !between.strip().equals(",")) {
			return false;
		}
		for (int i = 0; i < words.size(); i++) {
			if (phraseAt(text, words, i, VENUE_VERBS) == words.size()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A location field's value: "Madrid, Spain", "Santiago de Chile (Chile)", "Spain",
	 * "Brussels".
	 */
	public static Optional<Place> parseField(String value, CountryGazetteer countries) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String plain = value.strip();
		Candidate candidate = read(plain, 0, countries);
		if (candidate != null && candidate.countryCode() != null) {
			return Optional.of(new Place(candidate.city(), candidate.countryCode(), plain));
		}
		Place inParts = fromParts(plain, countries);
		if (inParts != null) {
			return Optional.of(inParts);
		}
		if (ONLINE.matcher(plain).find()) {
			return Optional.of(new Place(null, null, plain));
		}
		if (candidate != null) {
			return Optional.of(new Place(candidate.city(), candidate.countryCode(), plain));
		}
		String code = country(plain, countries);
		return Optional.of(code != null ? new Place(null, code, plain) : new Place(plain, null, plain));
	}

	/**
	 * Where a field names no place at all: an online or hybrid event without its city.
	 */
	private static final Pattern ONLINE = Pattern
		.compile("(?iu)^\\W*(?:online|virtual|hybrid|h[íi]brid[oa]|en\\s++l[íi]nea|remote|remoto|webinar)\\b");

	private static final Pattern FIELD_PARTS = Pattern.compile("\\s*+[,;()/|]\\s*+|\\s++[–—-]\\s++");

	/**
	 * "Casa de América, Madrid, Spain", "Hybrid – Madrid, Spain and online": the last
	 * part that starts with a country gives the country, the part before it the city.
	 */
	private static Place fromParts(String value, CountryGazetteer countries) {
		List<String> parts = new ArrayList<>();
		for (String part : FIELD_PARTS.split(value)) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		for (int i = parts.size() - 1; i >= 0; i--) {
			String code = countryAtStart(parts.get(i), countries);
			if (code == null) {
				continue;
			}
			String city = null;
			if (i > 0 && !ONLINE.matcher(parts.get(i - 1)).find() && country(parts.get(i - 1), countries) == null) {
				String name = name(parts.get(i - 1), 0).text();
				city = name.isEmpty() ? null : name;
			}
			return new Place(city, code, value);
		}
		return null;
	}

	/**
	 * The place whose name starts right at {@code from}, as after "held in ": "Santo
	 * Domingo (Dominican Republic)", "Montevideo, Uruguay", "Santiago de Chile",
	 * "Colombia". Its wording is the text from {@code from} to where the place ends, so
	 * {@code from + wording().length()} is the index just past it.
	 */
	public static Optional<Place> readAt(String text, int from, CountryGazetteer countries) {
		Candidate candidate = read(text, from, countries);
		if (candidate == null) {
			return Optional.empty();
		}
		return Optional.of(new Place(candidate.city(), candidate.countryCode(), text.substring(from, candidate.end())));
	}

	private record Candidate(String city, String countryCode, int end, int rank) {
	}

	private static Candidate read(String text, int from, CountryGazetteer countries) {
		Name name = name(text, from);
		if (name.text().isEmpty()) {
			return null;
		}
		int next = skipSpaces(text, name.end());
		if (next < text.length() && text.charAt(next) == '(') {
			int close = text.indexOf(')', next);
			if (close > next && close - next < 80) {
				String code = country(text.substring(next + 1, close), countries);
				if (code != null) {
					return new Candidate(name.text(), code, close + 1, 4);
				}
			}
		}
		if (next < text.length() && text.charAt(next) == ',') {
			Name after = name(text, skipSpaces(text, next + 1));
			String code = countryAtStart(after.text(), countries);
			if (code != null && country(name.text(), countries) == null) {
				return new Candidate(name.text(), code, after.end(), 4);
			}
		}
		String whole = country(name.text(), countries);
		if (whole != null) {
			return new Candidate(null, whole, name.end(), 2);
		}
		String within = countryWithin(name.text(), countries);
		if (within != null) {
			return new Candidate(name.text(), within, name.end(), 3);
		}
		String cityCountry = CITY_COUNTRIES.get(NameKey.of(name.text()));
		return new Candidate(name.text(), cityCountry, name.end(), cityCountry != null ? 3 : 1);
	}

	private record Name(String text, int end) {
	}

	/**
	 * Capitalised words, with "de", "of" and the like between them, starting at
	 * {@code from}.
	 */
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
			if (wordEnd == i || wordEnd < text.length() && Character.isDigit(text.charAt(wordEnd))) {
				break;
			}
			String word = text.substring(i, wordEnd);
			if (Character.isUpperCase(word.codePointAt(0)) && !NOT_PLACES.contains(NameKey.of(word))) {
				words.add(word);
				end = wordEnd;
			}
			else if (!words.isEmpty() && CONNECTORS.contains(word)) {
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
		return new Name(String.join(" ", words), words.isEmpty() ? from : end);
	}

	private static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** The country a whole name denotes. */
	private static String country(String name, CountryGazetteer countries) {
		List<String> tokens = NameKey.tokens(name);
		if (tokens.isEmpty()) {
			return null;
		}
		return countries.longestMatchAt(tokens, 0)
			.filter(match -> match.end() == tokens.size())
			.map(match -> match.country().getCode())
			.orElse(null);
	}

	/**
	 * The country a name starts with: "Dominican Republic" in "Dominican Republic The
	 * event".
	 */
	private static String countryAtStart(String name, CountryGazetteer countries) {
		List<String> tokens = NameKey.tokens(name);
		return tokens.isEmpty() ? null
				: countries.longestMatchAt(tokens, 0).map(match -> match.country().getCode()).orElse(null);
	}

	/**
	 * A country that a city's own name holds: "Santiago de Chile", "Ciudad de México",
	 * "Panama City".
	 */
	private static String countryWithin(String city, CountryGazetteer countries) {
		List<String> tokens = NameKey.tokens(city);
		for (int i = 0; i < tokens.size(); i++) {
			var match = countries.longestMatchAt(tokens, i);
			if (match.isPresent() && (i > 0 || match.get().end() < tokens.size())) {
				return match.get().country().getCode();
			}
		}
		return null;
	}

}
