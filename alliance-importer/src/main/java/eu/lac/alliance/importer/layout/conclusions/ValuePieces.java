package eu.lac.alliance.importer.layout.conclusions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts the value of a label into the pieces the Alliance tracks one by one: bullets ("-
 * a" on a line, or "- a. - b." run together on one) and the sentences of prose, without
 * cutting at "e.g.", "i.e.", "St.", "5G" or "2.5".
 */
final class ValuePieces {

	private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "etc", "st", "mr", "mrs", "ms",
			"dr", "vs", "cf", "approx", "incl", "art", "p.ej", "ej", "sr", "sra", "dra", "n", "nº", "fig", "vol", "ed",
			"op", "al", "resp", "prof", "gov", "dept", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul",
			"aug", "sep", "sept", "oct", "nov", "dec");

	private static final String BULLETS = "•◦▪●○■·‣⁃";

	private ValuePieces() {
	}

	/** A piece of a value and whether the document wrote it as a bullet. */
	record Piece(String text, boolean bullet) {
	}

	/**
	 * The bullets of a row's value, or, where it has none, its text as one piece of
	 * prose.
	 */
	static List<Piece> bullets(String value) {
		List<Piece> pieces = new ArrayList<>();
		String text = value.strip();
		int start = 0;
		boolean bullet = false;
		int i = 0;
		while (i < text.length()) {
			int marker = bulletAt(text, i);
			if (marker > 0) {
				add(pieces, text.substring(start, i), bullet);
				bullet = true;
				i += marker;
				start = i;
			}
			else {
				i++;
			}
		}
		add(pieces, text.substring(start), bullet);
		return pieces;
	}

	/** The sentences of prose, each with its closing punctuation. */
	static List<String> sentences(String prose) {
		List<String> sentences = new ArrayList<>();
		String text = prose.strip();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i)) {
				int end = i + 1;
				while (end < text.length() && ")\"'”’".indexOf(text.charAt(end)) >= 0) {
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

	/** The first sentence of a text, for a title. */
	static String firstSentence(String text) {
		List<String> sentences = sentences(text);
		return sentences.isEmpty() ? "" : sentences.get(0);
	}

	/**
	 * The length of a bullet marker at {@code i}: "•" anywhere, or "- " at the start or
	 * after the end of a sentence (". - "); a hyphen inside a sentence ("cyber-risks",
	 * "EU - LAC talks") is no bullet.
	 */
	private static int bulletAt(String text, int i) {
		char c = text.charAt(i);
		if (BULLETS.indexOf(c) >= 0) {
			return 1;
		}
		int number = numberAt(text, i);
		if (number > 0) {
			return afterSentence(text, i) ? number : 0;
		}
		if ((c != '-' && c != '–' && c != '*') || i + 1 >= text.length()
				|| !Character.isWhitespace(text.charAt(i + 1))) {
			return 0;
		}
		int before = i - 1;
		while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
			before--;
		}
		if (before < 0) {
			return 2;
		}
		if (before == i - 1) {
			return 0;
		}
		return ".;:!?".indexOf(text.charAt(before)) >= 0 ? 2 : 0;
	}

	/**
	 * The length of a numbered or lettered bullet at {@code i} with the space after it:
	 * "1. ", "2) ", "(3) ", "a) ", "(b) "; "a. " is not one (initials, "e.g.").
	 */
	private static int numberAt(String text, int i) {
		int k = i;
		boolean open = text.charAt(k) == '(';
		if (open) {
			k++;
		}
		int digits = k;
		while (k < text.length() && k - digits < 3 && Character.isDigit(text.charAt(k))) {
			k++;
		}
		boolean letter = k == digits && k + 1 < text.length() && text.charAt(k) >= 'a' && text.charAt(k) <= 'z'
				&& text.charAt(k + 1) == ')';
		if (letter) {
			k++;
		}
		else if (k == digits || k >= text.length() || k - digits > 2) {
			return 0;
		}
		char mark = text.charAt(k);
		if (open || letter ? mark != ')' : mark != '.' && mark != ')') {
			return 0;
		}
		k++;
		if (k >= text.length() || !Character.isWhitespace(text.charAt(k))) {
			return 0;
		}
		while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
			k++;
		}
		return k < text.length() && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '"') ? k - i : 0;
	}

	/**
	 * Whether {@code i} starts the value or follows the end of a sentence and a space.
	 */
	private static boolean afterSentence(String text, int i) {
		int before = i - 1;
		while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
			before--;
		}
		if (before < 0) {
			return true;
		}
		return before < i - 1 && ".;:!?".indexOf(text.charAt(before)) >= 0;
	}

	private static void add(List<Piece> pieces, String text, boolean bullet) {
		String stripped = text.strip();
		if (!stripped.isEmpty() && stripped.codePoints().anyMatch(Character::isLetterOrDigit)) {
			pieces.add(new Piece(stripped, bullet));
		}
	}

	/**
	 * Whether the mark at {@code at} ends a sentence: followed by a space and a capital,
	 * digit, quote or bullet, and not closing an abbreviation or an initial.
	 */
	private static boolean endsSentence(String text, int from, int at) {
		int next = at + 1;
		while (next < text.length() && ")\"'”’".indexOf(text.charAt(next)) >= 0) {
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
		if (text.charAt(at) != '.') {
			return true;
		}
		int wordStart = at;
		while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
				&& text.charAt(wordStart - 1) != '(') {
			wordStart--;
		}
		String word = text.substring(wordStart, at).toLowerCase(Locale.ROOT);
		if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
			return false;
		}
		if ((word.equals("no") || word.equals("nos")) && Character.isDigit(following)) {
			return false;
		}
		return !ABBREVIATIONS.contains(word);
	}

}
