package eu.lac.alliance.importer.vocabulary;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The articles of the Alliance's three languages, read once from {@code articles.tsv}:
 * the one list every layout uses to take "The", "La" or "Os" off the front of a name.
 */
public final class Articles {

	private static final Set<String> ARTICLES = VocabularyFile.words("articles.tsv")
		.stream()
		.map(word -> word.toLowerCase(Locale.ROOT))
		.collect(Collectors.toUnmodifiableSet());

	private Articles() {
	}

	/** Whether {@code word} is an article, whatever its case. */
	public static boolean isArticle(String word) {
		return word != null && ARTICLES.contains(word.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * {@code text} without one leading article ("The EU-LAC Dialogue" gives "EU-LAC
	 * Dialogue"); a text that is only an article stays as it is.
	 */
	public static String withoutLeading(String text) {
		String stripped = text.strip();
		int space = stripped.indexOf(' ');
		if (space > 0 && isArticle(stripped.substring(0, space))) {
			String rest = stripped.substring(space + 1).strip();
			return rest.isEmpty() ? stripped : rest;
		}
		return stripped;
	}

}
