package eu.lac.alliance.importer.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.result.ParsedMembership;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * Reads the sentences in which documents say who joined the Alliance and when ("adopted
 * by 20 LAC countries ... in 2023: Argentina, The Bahamas, ...", "In 2024, Belize, Guyana
 * and Grenada joined", "and so did Bolivia in 2025"), because the footnotes of several
 * layouts state membership this way.
 */
public final class MembershipStatementReader {

	/** Word stems that make a sentence a statement about joining. */
	private static final List<String> CUE_STEMS = List.of("join", "adopt", "adher", "adhir", "aderi", "signator",
			"endors", "incorpor", "ratif", "member", "miembro", "membro");

	/**
	 * Whole words that do the same, where a stem would also catch other words ("unio" and
	 * "union").
	 */
	private static final Set<String> CUE_WORDS = Set.of("signed", "unio", "unieron", "sumaron", "sumo", "firmaron",
			"firmo", "assinaram", "assinou", "uniram", "uniu");

	/**
	 * Stems of what is joined: a text must name the Alliance or its declaration to state
	 * memberships.
	 */
	private static final List<String> SUBJECT_STEMS = List.of("alliance", "alianza", "alianca", "declaration",
			"declaracion", "declaracao");

	/**
	 * Word pairs that start a new clause with its own year: "... and so did Bolivia in
	 * 2025".
	 */
	private static final List<List<String>> CLAUSE_STARTS = List.of(List.of("so", "did"), List.of("as", "did"),
			List.of("lo", "hizo"), List.of("o", "fez"), List.of("asi", "como"), List.of("assim", "como"),
			List.of("as", "well", "as"), List.of("while"), List.of("mientras"), List.of("whereas"));

	private static final Set<String> ABBREVIATIONS = Set.of("st", "e.g", "i.e", "etc", "mr", "mrs", "dr", "no", "rep",
			"sr", "sra", "vs", "cf", "approx", "art");

	/**
	 * Statements that membership is all it takes to take part, as pairs of folded
	 * wordings: one of the first and one of the second in a sentence.
	 */
	private static final List<OpeningWording> OPENING = VocabularyFile.read("open-to-members.tsv")
		.stream()
		.map(entry -> new OpeningWording(folded(entry.alternatives(1)), folded(entry.alternatives(2))))
		.toList();

	private record OpeningWording(List<String> enough, List<String> membership) {

		boolean saidBy(String foldedSentence) {
			return enough.stream().anyMatch(foldedSentence::contains)
					&& membership.stream().anyMatch(foldedSentence::contains);
		}

	}

	private static final Set<String> SIGNATORY_NOUNS = Set.copyOf(VocabularyFile.words("signatory-nouns.tsv"));

	/** At most this many words between a count and its noun: "20 LAC countries". */
	private static final int WORDS_BEFORE_NOUN = 2;

	private MembershipStatementReader() {
	}

	/**
	 * The numbers of signatories that {@code text} states in its sentences about joining
	 * the Alliance ("signed by ... 21 governments of Latin America", "These are the 20
	 * LAC countries that adopted the Joint Declaration"), in order; checked against the
	 * countries a document lists, because documents contradict themselves.
	 */
	public static List<Integer> statedSignatoryCounts(String text) {
		if (text == null || text.isBlank() || !mentions(NameKey.tokens(text), SUBJECT_STEMS)) {
			return List.of();
		}
		List<Integer> counts = new ArrayList<>();
		for (String sentence : sentences(text)) {
			List<String> words = NameKey.tokens(sentence);
			if (!mentions(words, SUBJECT_STEMS)
					|| !mentions(words, CUE_STEMS) && words.stream().noneMatch(CUE_WORDS::contains)) {
				continue;
			}
			for (int i = 0; i < words.size(); i++) {
				String word = words.get(i);
				if (word.length() > 3 || word.isEmpty() || !word.chars().allMatch(Character::isDigit)) {
					continue;
				}
				for (int j = i + 1; j <= Math.min(words.size() - 1, i + 1 + WORDS_BEFORE_NOUN); j++) {
					if (SIGNATORY_NOUNS.contains(words.get(j))) {
						counts.add(Integer.parseInt(word));
						break;
					}
				}
			}
		}
		return counts;
	}

	/**
	 * Whether {@code text} says that membership of the Alliance is the only prerequisite
	 * to take part ("The only prerequisite to participate in these activities is to be a
	 * member of the Digital Alliance", "El único requisito ... es ser miembro de la
	 * Alianza"): the items it speaks of are then open to every member.
	 */
	public static boolean opensToEveryMember(String text) {
		if (text == null || text.isBlank() || !mentions(NameKey.tokens(text), SUBJECT_STEMS)) {
			return false;
		}
		for (String sentence : sentences(text)) {
			String foldedSentence = " " + String.join(" ", NameKey.tokens(sentence)) + " ";
			if (OPENING.stream().anyMatch(wording -> wording.saidBy(foldedSentence))) {
				return true;
			}
		}
		return false;
	}

	private static List<String> folded(List<String> wordings) {
		return wordings.stream().map(wording -> " " + String.join(" ", NameKey.tokens(wording)) + " ").toList();
	}

	/**
	 * The memberships {@code text} states, one per country (its first statement wins),
	 * each with the year that goes with it; countries whose year the text does not give
	 * are left out.
	 */
	public static List<ParsedMembership> read(String text, LineSpan lines, CountryGazetteer countries) {
		if (text == null || text.isBlank() || lines == null) {
			return List.of();
		}
		Map<String, ParsedMembership> byCountry = new LinkedHashMap<>();
		if (!mentions(NameKey.tokens(text), SUBJECT_STEMS)) {
			return List.of();
		}
		for (String sentence : sentences(text)) {
			List<String> words = NameKey.tokens(sentence);
			if (!mentions(words, CUE_STEMS) && words.stream().noneMatch(CUE_WORDS::contains)) {
				continue;
			}
			Integer lastYear = null;
			List<String> undated = new ArrayList<>();
			for (List<String> clause : clauses(sentence)) {
				ClauseYears result = readClause(clause, countries);
				result.dated()
					.forEach(
							(code, year) -> byCountry.putIfAbsent(code, new ParsedMembership(code, year, null, lines)));
				if (result.lastYear() != null) {
					lastYear = result.lastYear();
				}
				if (lastYear != null) {
					for (String code : result.undated()) {
						byCountry.putIfAbsent(code, new ParsedMembership(code, lastYear, null, lines));
					}
					for (String code : undated) {
						byCountry.putIfAbsent(code, new ParsedMembership(code, lastYear, null, lines));
					}
					undated.clear();
				}
				else {
					undated.addAll(result.undated());
				}
			}
		}
		return List.copyOf(byCountry.values());
	}

	private record ClauseYears(Map<String, Integer> dated, List<String> undated, Integer lastYear) {
	}

	/**
	 * A year seen before any country is waiting leads the countries after it ("In 2024,
	 * Belize ..."); a year seen while countries wait closes them ("Bolivia in 2025",
	 * "Brazil (2023)").
	 */
	private static ClauseYears readClause(List<String> words, CountryGazetteer countries) {
		Map<String, Integer> dated = new LinkedHashMap<>();
		List<String> pending = new ArrayList<>();
		Integer leading = null;
		Integer lastYear = null;
		int i = 0;
		while (i < words.size()) {
			String word = words.get(i);
			if (isYear(word)) {
				int year = Integer.parseInt(word);
				lastYear = year;
				if (pending.isEmpty()) {
					leading = year;
				}
				else {
					pending.forEach(code -> dated.putIfAbsent(code, year));
					pending.clear();
					leading = null;
				}
				i++;
				continue;
			}
			var match = countries.longestMatchAt(words, i);
			if (match.isPresent()) {
				String code = match.get().country().getCode();
				if (leading != null) {
					dated.putIfAbsent(code, leading);
				}
				else if (!pending.contains(code)) {
					pending.add(code);
				}
				i = match.get().end();
			}
			else {
				i++;
			}
		}
		return new ClauseYears(dated, pending, lastYear);
	}

	private static boolean isYear(String word) {
		return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
				&& word.chars().allMatch(Character::isDigit);
	}

	private static boolean mentions(List<String> words, List<String> stems) {
		for (String word : words) {
			for (String stem : stems) {
				if (word.startsWith(stem)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The clauses of a sentence: split at ";" and before the words that start a new
	 * clause.
	 */
	private static List<List<String>> clauses(String sentence) {
		List<List<String>> clauses = new ArrayList<>();
		for (String part : sentence.split(";")) {
			List<String> words = NameKey.tokens(part);
			int start = 0;
			for (int i = 0; i < words.size(); i++) {
				for (List<String> marker : CLAUSE_STARTS) {
					if (i > start && i + marker.size() <= words.size()
							&& words.subList(i, i + marker.size()).equals(marker)) {
						clauses.add(words.subList(start, i));
						start = i;
						break;
					}
				}
			}
			clauses.add(words.subList(start, words.size()));
		}
		return clauses;
	}

	/**
	 * Splits at ".", "!" or "?" followed by a space, except after abbreviations such as
	 * "St.".
	 */
	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean end = (c == '.' || c == '!' || c == '?') && (i + 1 == length
					|| Character.isWhitespace(text.charAt(i + 1)) && !endsWithAbbreviation(text, start, i));
			if (end) {
				sentences.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < length) {
			sentences.add(text.substring(start));
		}
		return sentences;
	}

	private static boolean endsWithAbbreviation(String text, int from, int dot) {
		int wordStart = dot;
		while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
				&& text.charAt(wordStart - 1) != '(') {
			wordStart--;
		}
		String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
		return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
	}

}
