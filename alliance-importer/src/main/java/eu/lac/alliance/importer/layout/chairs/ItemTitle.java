package eu.lac.alliance.importer.layout.chairs;

import java.util.List;
import java.util.Set;

import eu.lac.alliance.importer.text.Sentences;

/**
 * The one line that names an action in lists and dashboards: its first sentence or
 * clause, without parenthetical asides when those make it too long, and otherwise cut at
 * a clause or word boundary with an ellipsis, so that a title never ends in half a word,
 * a dangling "and" or an open bracket.
 */
final class ItemTitle {

	static final int LONGEST = 140;

	private static final int SHORTEST_CLAUSE = 40;

	private static final int SHORTEST_PHRASE = 60;

	private static final Set<String> PHRASE_OPENERS = Set.of("through", "by", "to", "with", "for", "in", "including",
			"such", "which", "that", "while", "where", "particularly", "especially", "via", "and", "or", "as", "on",
			"at", "from", "within", "towards", "among", "between", "mediante", "para", "con", "en", "y", "o",
			"incluyendo", "como", "que", "através", "com", "em", "e");

	private static final Set<String> DANGLING = Set.of("and", "or", "the", "a", "an", "of", "to", "in", "for", "with",
			"on", "at", "by", "as", "from", "into", "its", "their", "y", "o", "e", "de", "del", "la", "el", "los",
			"las", "en", "con", "para", "por", "da", "do", "das", "dos", "em", "com", "um", "uma");

	/**
	 * Words that announce a list and cannot end a title once the list is cut off ("in
	 * particular regarding").
	 */
	private static final List<String> DANGLING_PHRASES = List.of("in particular", "such as", "as follows", "namely",
			"through", "including", "regarding", "notably", "especially", "en particular", "tales como", "como",
			"mediante", "incluyendo", "em particular", "tais como", "incluindo", "following", "siguientes");

	private ItemTitle() {
	}

	/** The title of an action whose full text is {@code description}. */
	static String of(String description) {
		String text = ConclusionText.squeeze(description);
		if (text.isEmpty()) {
			return text;
		}
		String clause = trimEnd(text.substring(0, firstClauseEnd(text)));
		if (clause.length() > LONGEST) {
			String withoutAsides = trimEnd(ConclusionText.squeeze(withoutParentheses(clause)));
			clause = withoutAsides.length() <= LONGEST && withoutAsides.length() >= SHORTEST_CLAUSE ? withoutAsides
					: cut(withoutAsides.length() >= SHORTEST_CLAUSE ? withoutAsides : clause);
		}
		return capitalised(clause);
	}

	/**
	 * Where the first sentence or clause ends: ". ", ";" or ":" outside brackets, or the
	 * end.
	 */
	private static int firstClauseEnd(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
			}
			else if (depth == 0 && (c == ';' || c == ':') && i > 0) {
				return i;
			}
			else if (depth == 0 && (c == '.' || c == '!' || c == '?') && i > 0 && Sentences.endsLeniently(text, 0, i)) {
				return i;
			}
		}
		return text.length();
	}

	private static String withoutParentheses(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && depth > 0) {
				depth--;
			}
			else if (depth == 0) {
				out.append(c);
			}
		}
		return out.toString().replace(" ,", ",");
	}

	/**
	 * Cuts a long clause, with "…", at the last place within the limit that a reader
	 * would pause: a comma or dash, else before a word that opens a phrase ("through",
	 * "to", "and"), else between any two words.
	 */
	private static String cut(String clause) {
		int limit = LONGEST - 1;
		int depth = 0;
		int lastComma = -1;
		int lastPhrase = -1;
		int lastSpace = -1;
		for (int i = 0; i < clause.length() && i <= limit; i++) {
			char c = clause.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && depth > 0) {
				depth--;
			}
			else if (depth == 0 && c == ',' && i >= SHORTEST_CLAUSE) {
				lastComma = i;
			}
			else if (depth == 0 && c == ' ') {
				lastSpace = i;
				if (i >= SHORTEST_CLAUSE && i + 1 < clause.length() && "–—".indexOf(clause.charAt(i + 1)) >= 0) {
					lastComma = i;
				}
				else if (i >= SHORTEST_PHRASE && PHRASE_OPENERS.contains(nextWord(clause, i + 1))) {
					lastPhrase = i;
				}
			}
		}
		int end = lastComma > 0 ? lastComma
				: lastPhrase > 0 ? lastPhrase : lastSpace > 0 ? lastSpace : Math.min(limit, clause.length());
		return trimEnd(clause.substring(0, end)) + "…";
	}

	private static String nextWord(String text, int from) {
		int end = from;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Drops trailing punctuation and words that cannot end a title ("and", "of", "the").
	 */
	private static String trimEnd(String text) {
		String trimmed = text.strip();
		boolean changed = true;
		while (changed && !trimmed.isEmpty()) {
			changed = false;
			char last = trimmed.charAt(trimmed.length() - 1);
			if (".,;:–—-".indexOf(last) >= 0 || Character.isWhitespace(last)) {
				trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
				changed = true;
				continue;
			}
			int space = trimmed.lastIndexOf(' ');
			if (space > 0 && DANGLING.contains(trimmed.substring(space + 1).toLowerCase(java.util.Locale.ROOT))) {
				trimmed = trimmed.substring(0, space).strip();
				changed = true;
				continue;
			}
			String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
			for (String phrase : DANGLING_PHRASES) {
				if (lower.endsWith(" " + phrase) && trimmed.length() > phrase.length() + 1) {
					trimmed = trimmed.substring(0, trimmed.length() - phrase.length() - 1).strip();
					changed = true;
					break;
				}
			}
		}
		return trimmed;
	}

	private static String capitalised(String text) {
		if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
			return text;
		}
		return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
	}

}
