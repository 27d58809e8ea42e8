package eu.lac.alliance.importer.layout.conclusions;

import java.util.List;
import java.util.Optional;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * The labels of an operational-conclusions block, recognised by what they mean in
 * English, Spanish or Portuguese ("Objective until 2025", "Objetivo hasta 2027",
 * "Próximos pasos", "Co-líderes"), and, with a warning, through a typo ("Main chalenges
 * highlighted"). The wordings are data: {@code vocabulary/conclusion-labels.tsv}.
 */
enum ConclusionLabel {

	CO_LEADS("Co-leads"), NEXT_STEPS("Next steps"), OPPORTUNITIES("EU-LAC cooperation opportunities"),
	CHALLENGES("Main challenges highlighted"), OBJECTIVE("Objective until 2025");

	/** One wording of a label: the beginnings of its words, in order. */
	private record Wording(ConclusionLabel label, List<String> stems) {
	}

	/** Every wording of every label, in the vocabulary file's order. */
	private static final List<Wording> WORDINGS = VocabularyFile.read("conclusion-labels.tsv")
		.stream()
		.map(entry -> new Wording(valueOf(entry.cell(0)), List.of(entry.cell(2).split("\\s+"))))
		.toList();

	/** Labels are short; a longer first cell is text, not a label. */
	private static final int LONGEST_LABEL_IN_WORDS = 8;

	private final String example;

	ConclusionLabel(String example) {
		this.example = example;
	}

	/** How the seed writes this label, for messages. */
	String example() {
		return example;
	}

	/**
	 * The label a first cell names, matched on word stems in order ("next" then "step").
	 */
	static Optional<ConclusionLabel> of(String cell) {
		List<String> words = NameKey.tokens(cell);
		if (words.isEmpty() || words.size() > LONGEST_LABEL_IN_WORDS) {
			return Optional.empty();
		}
		for (Wording wording : WORDINGS) {
			if (matches(words, wording.stems(), false)) {
				return Optional.of(wording.label());
			}
		}
		return Optional.empty();
	}

	/**
	 * The label a misspelt first cell most likely names: a word within one edit (two for
	 * long words) of a label's stem, as in "Main chalenges highlighted" or "Next stpes".
	 */
	static Optional<ConclusionLabel> closest(String cell) {
		List<String> words = NameKey.tokens(cell);
		if (words.isEmpty() || words.size() > LONGEST_LABEL_IN_WORDS) {
			return Optional.empty();
		}
		for (Wording wording : WORDINGS) {
			if (matches(words, wording.stems(), true)) {
				return Optional.of(wording.label());
			}
		}
		return Optional.empty();
	}

	private static boolean matches(List<String> words, List<String> stem, boolean fuzzy) {
		int from = 0;
		for (String part : stem) {
			int found = -1;
			for (int i = from; i < words.size() && found < 0; i++) {
				if (words.get(i).startsWith(part) || fuzzy && part.length() >= 4 && near(words.get(i), part)) {
					found = i;
				}
			}
			if (found < 0) {
				return false;
			}
			from = found + 1;
		}
		return true;
	}

	/**
	 * Whether {@code word} begins with {@code stem} give or take one edit (two for stems
	 * of eight letters or more).
	 */
	private static boolean near(String word, String stem) {
		int allowed = stem.length() >= 8 ? 2 : 1;
		for (int length = stem.length() - allowed; length <= stem.length() + allowed; length++) {
			if (length > 0 && length <= word.length()
					&& editDistance(word.substring(0, length), stem, allowed) <= allowed) {
				return true;
			}
		}
		return false;
	}

	private static int editDistance(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int best = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				best = Math.min(best, current[j]);
			}
			if (best > limit) {
				return best;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
