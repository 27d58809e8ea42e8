package eu.lac.alliance.importer.layout.conclusions;

import java.util.List;
import java.util.Optional;

import eu.lac.alliance.domain.country.NameKey;

/**
 * The labels of an operational-conclusions block, recognised by what they mean in
 * English, Spanish or Portuguese ("Objective until 2025", "Objetivo hasta 2027",
 * "Próximos pasos", "Co-líderes"), and, with a warning, through a typo ("Main chalenges
 * highlighted").
 */
enum ConclusionLabel {

	// checked in this order: "Co-leads" before anything, "cooperation opportunities"
	// before "objective"
	CO_LEADS("Co-leads",
			List.of(List.of("co", "lead"), List.of("colead"), List.of("co", "lider"), List.of("colider"),
					List.of("co", "leader"), List.of("coleader"), List.of("lead", "countries"), List.of("lideres"),
					List.of("liderazgo"))),
	NEXT_STEPS("Next steps",
			List.of(List.of("next", "step"), List.of("proximo", "paso"), List.of("proximos", "paso"),
					List.of("proximos", "passo"), List.of("siguientes", "paso"), List.of("way", "forward"),
					List.of("follow", "up"))),
	OPPORTUNITIES("EU-LAC cooperation opportunities",
			List.of(List.of("opportunit"), List.of("oportunidad"), List.of("oportunidade"))),
	CHALLENGES("Main challenges highlighted",
			List.of(List.of("challeng"), List.of("desafio"), List.of("reto"), List.of("dificultad"))),
	OBJECTIVE("Objective until 2025",
			List.of(List.of("objective"), List.of("objetivo"), List.of("goal"), List.of("meta"), List.of("aim")));

	/** Labels are short; a longer first cell is text, not a label. */
	private static final int LONGEST_LABEL_IN_WORDS = 8;

	private final String example;

	private final List<List<String>> stems;

	ConclusionLabel(String example, List<List<String>> stems) {
		this.example = example;
		this.stems = stems;
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
		for (ConclusionLabel label : values()) {
			for (List<String> stem : label.stems) {
				if (matches(words, stem, false)) {
					return Optional.of(label);
				}
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
		for (ConclusionLabel label : values()) {
			for (List<String> stem : label.stems) {
				if (matches(words, stem, true)) {
					return Optional.of(label);
				}
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
