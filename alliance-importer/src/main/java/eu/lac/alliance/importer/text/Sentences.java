package eu.lac.alliance.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * The one sentence splitter of the importer: where a sentence ends ("." "!" "?" followed
 * by a space and a capital, a digit, a quote or a bullet, and not closing an abbreviation
 * from {@code vocabulary/abbreviations.tsv} or an initial), so that every layout cuts
 * prose the same way.
 */
public final class Sentences {

	private static final Set<String> ABBREVIATIONS = Set.copyOf(VocabularyFile.words("abbreviations.tsv"));

	private static final String CLOSERS = ")\"'”’";

	/** How far back a word before a full stop is looked at for an abbreviation. */
	private static final int LONGEST_WORD = 40;

	private Sentences() {
	}

	/** The sentences of prose, each with its closing punctuation. */
	public static List<String> split(String prose) {
		List<String> sentences = new ArrayList<>();
		String text = prose.strip();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && endsAt(text, start, i)) {
				int end = i + 1;
				while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				String sentence = text.substring(start, end).strip();
				if (!sentence.isEmpty()) {
					sentences.add(sentence);
				}
				start = end;
				i = end - 1;
			}
		}
		String rest = text.substring(Math.min(start, text.length())).strip();
		if (!rest.isEmpty()) {
			sentences.add(rest);
		}
		return sentences;
	}

	/** The first sentence of a text, with its closing punctuation. */
	public static String first(String text) {
		List<String> sentences = split(text);
		return sentences.isEmpty() ? "" : sentences.get(0);
	}

	/**
	 * The first sentence of text whose writers do not always capitalise after a full stop
	 * (summaries, news pages): any "." "!" "?" followed by a space ends it, unless it
	 * closes an abbreviation or an initial.
	 */
	public static String firstLeniently(String text) {
		String stripped = text.strip();
		for (int i = 0; i < stripped.length(); i++) {
			if (endsLeniently(stripped, Math.max(0, i - LONGEST_WORD), i)) {
				return stripped.substring(0, i + 1);
			}
		}
		return stripped;
	}

	/**
	 * Whether the mark at {@code at} ends a sentence in text whose writers do not always
	 * capitalise: followed by a space or the end, and not closing an abbreviation or an
	 * initial.
	 */
	public static boolean endsLeniently(String text, int from, int at) {
		char mark = text.charAt(at);
		if (mark != '.' && mark != '!' && mark != '?') {
			return false;
		}
		if (at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1))) {
			return false;
		}
		int next = at + 1;
		while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
			next++;
		}
		return mark != '.' || !closesAbbreviation(text, from, at, next < text.length() ? text.charAt(next) : ' ');
	}

	/**
	 * Where the sentence holding {@code before} starts: after the last sentence end
	 * before it, or 0.
	 */
	public static int startBefore(String text, int before) {
		for (int i = Math.min(before, text.length()) - 1; i > 0; i--) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && endsAt(text, 0, i)) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * Whether the mark at {@code at} ends a sentence: followed by a space and a capital,
	 * digit, quote or bullet (or by the end of the text), and not closing an abbreviation
	 * or an initial; {@code from} is where the sentence began.
	 */
	public static boolean endsAt(String text, int from, int at) {
		char mark = text.charAt(at);
		if (mark != '.' && mark != '!' && mark != '?') {
			return false;
		}
		int next = at + 1;
		while (next < text.length() && CLOSERS.indexOf(text.charAt(next)) >= 0) {
			next++;
		}
		if (next >= text.length()) {
			return true;
		}
		if (!Character.isWhitespace(text.charAt(next))) {
			return false;
		}
		while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
			next++;
		}
		if (next >= text.length()) {
			return true;
		}
		char following = text.charAt(next);
		if (!(Character.isUpperCase(following) || Character.isDigit(following)
				|| "\"'“‘(¿¡-•".indexOf(following) >= 0)) {
			return false;
		}
		return mark != '.' || !closesAbbreviation(text, from, at, following);
	}

	private static boolean closesAbbreviation(String text, int from, int at, char following) {
		int wordStart = at;
		while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
				&& text.charAt(wordStart - 1) != '(') {
			wordStart--;
		}
		String word = text.substring(wordStart, at).toLowerCase(Locale.ROOT);
		if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
			return true;
		}
		if ((word.equals("no") || word.equals("nos")) && Character.isDigit(following)) {
			return true;
		}
		return ABBREVIATIONS.contains(word);
	}

}
