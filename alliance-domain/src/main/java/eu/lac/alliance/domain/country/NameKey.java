package eu.lac.alliance.domain.country;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name as documents write it ("The Bahamas", "Trinidad &amp; Tobago", "México",
 * "St. Lucia") into the key the gazetteer matches on, so that spelling variants meet.
 */
public final class NameKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private NameKey() {
	}

	/**
	 * The folded key of a whole name: lower case, no accents, "&" as "and", no leading
	 * article.
	 */
	public static String of(String name) {
		return String.join(" ", tokens(name));
	}

	/**
	 * The folded words of a text, in order; the unit the gazetteer's longest-match works
	 * on.
	 */
	public static List<String> tokens(String text) {
		if (text == null) {
			return List.of();
		}
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		folded = folded.toLowerCase(Locale.ROOT).replace("&", " and ");
		folded = NON_WORD.matcher(folded).replaceAll(" ").trim();
		if (folded.isEmpty()) {
			return List.of();
		}
		List<String> words = Arrays.asList(folded.split(" "));
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equals("st")) {
				words.set(i, "saint");
			}
		}
		int start = 0;
		while (start < words.size() - 1 && isArticle(words.get(start))) {
			start++;
		}
		return List.copyOf(words.subList(start, words.size()));
	}

	private static boolean isArticle(String word) {
		return switch (word) {
			case "the", "la", "el", "los", "las", "o", "a", "os", "as" -> true;
			default -> false;
		};
	}

}
