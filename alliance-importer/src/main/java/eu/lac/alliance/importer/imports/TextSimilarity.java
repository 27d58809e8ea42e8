package eu.lac.alliance.importer.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.lac.alliance.domain.country.NameKey;

/**
 * How alike two texts are, as the share of words they have in common (Jaccard over folded
 * words, short function words left out). Used to recognise an item a revised document
 * reworded.
 */
final class TextSimilarity {

	private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "in", "on", "to", "a", "an", "for",
			"with", "by", "at", "as", "or", "de", "la", "el", "y", "en", "del", "los", "las", "e", "do", "da", "eu",
			"lac");

	private TextSimilarity() {
	}

	static double of(String a, String b) {
		Set<String> left = words(a);
		Set<String> right = words(b);
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(left);
		common.retainAll(right);
		Set<String> all = new HashSet<>(left);
		all.addAll(right);
		return (double) common.size() / all.size();
	}

	private static Set<String> words(String text) {
		List<String> tokens = NameKey.tokens(text);
		Set<String> words = new HashSet<>();
		for (String token : tokens) {
			if (!FUNCTION_WORDS.contains(token)) {
				words.add(token);
			}
		}
		return words;
	}

}
