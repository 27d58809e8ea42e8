package eu.lac.alliance.importer.layout.chairs;

import java.util.Arrays;
import java.util.List;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * What the label column of a chairs' conclusions row means. Labels are matched by
 * meaning, in English, Spanish and Portuguese ("Cyber Capacity Building", "Desarrollo de
 * capacidades"), not by exact wording; the wordings are data in
 * {@code vocabulary/chairs-row-labels.tsv}.
 *
 * @param kind the sort of row
 * @param category for an action row, the category its numbered actions get
 */
record RowLabel(Kind kind, ActionItemCategory category) {

	/** The sorts of row a chairs' conclusions table has. */
	enum Kind {

		OVERALL_OBJECTIVE, MODE_OF_ACTION, SPECIFIC_OBJECTIVE, ACTIONS, OTHER

	}

	/** One line of the vocabulary: a meaning and the phrases that give it. */
	private record Wording(String meaning, String test, List<List<String>> phrases) {

		boolean matches(String key) {
			String padded = " " + key + " ";
			return switch (test) {
				case "starts" -> phrases.get(0).stream().anyMatch(key::startsWith);
				case "is" -> phrases.get(0).contains(key);
				default -> phrases.stream()
					.allMatch(set -> set.stream().anyMatch(phrase -> padded.contains(" " + phrase + " ")));
			};
		}

		boolean namesActions() {
			return !OVERALL_OBJECTIVE.equals(meaning) && !MODE_OF_ACTION.equals(meaning)
					&& !SPECIFIC_OBJECTIVE.equals(meaning);
		}

	}

	private static final String OVERALL_OBJECTIVE = "OVERALL_OBJECTIVE";

	private static final String MODE_OF_ACTION = "MODE_OF_ACTION";

	private static final String SPECIFIC_OBJECTIVE = "SPECIFIC_OBJECTIVE";

	private static final List<Wording> WORDINGS = VocabularyFile.read("chairs-row-labels.tsv")
		.stream()
		.map(entry -> new Wording(entry.cell(0), entry.cell(1),
				entry.cells()
					.subList(2, entry.cells().size())
					.stream()
					.map(cell -> Arrays.stream(cell.split("\\|")).map(NameKey::of).filter(p -> !p.isEmpty()).toList())
					.filter(set -> !set.isEmpty())
					.toList()))
		.toList();

	/** An action category is named in a few words; a longer label is text. */
	private static final int LONGEST_CATEGORY_IN_WORDS = 6;

	static final RowLabel OTHER = new RowLabel(Kind.OTHER, null);

	/**
	 * The meaning of a label as written (markup and trailing colon allowed), from
	 * {@code vocabulary/chairs-row-labels.tsv}.
	 */
	static RowLabel of(String label) {
		String key = NameKey.of(ConclusionText.plain(label));
		if (key.isEmpty()) {
			return OTHER;
		}
		int words = NameKey.tokens(key).size();
		for (Wording wording : WORDINGS) {
			if (wording.namesActions() && words > LONGEST_CATEGORY_IN_WORDS || !wording.matches(key)) {
				continue;
			}
			return switch (wording.meaning()) {
				case OVERALL_OBJECTIVE -> new RowLabel(Kind.OVERALL_OBJECTIVE, null);
				case MODE_OF_ACTION -> new RowLabel(Kind.MODE_OF_ACTION, null);
				case SPECIFIC_OBJECTIVE -> new RowLabel(Kind.SPECIFIC_OBJECTIVE, null);
				default -> actions(ActionItemCategory.valueOf(wording.meaning()));
			};
		}
		return OTHER;
	}

	private static RowLabel actions(ActionItemCategory category) {
		return new RowLabel(Kind.ACTIONS, category);
	}

}
