package eu.lac.alliance.importer.layout.conclusions;

import java.util.ArrayList;
import java.util.List;

import eu.lac.alliance.importer.text.Sentences;

/**
 * Cuts the value of a label into the pieces the Alliance tracks one by one: bullets ("-
 * a" on a line, or "- a. - b." run together on one) and the sentences of prose, without
 * cutting at "e.g.", "i.e.", "St.", "5G" or "2.5".
 */
final class ValuePieces {

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
		return Sentences.split(prose);
	}

	/** The first sentence of a text, for a title. */
	static String firstSentence(String text) {
		return Sentences.first(text);
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

}
