package eu.lac.alliance.importer.layout.forum;

import java.util.List;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * What a section of a forum summary is about, read from its heading in English, Spanish
 * or Portuguese ("Commitments", "Compromisos", "Próximos passos"), so that a summary with
 * other headings still reads; the wordings are data in
 * {@code vocabulary/forum-sections.tsv}.
 */
enum SectionMeaning {

	PRACTICAL_APPLICATIONS(ActionItemCategory.JOINT_INITIATIVE, "PA"), COMMITMENTS(ActionItemCategory.COMMITMENT, "C"),
	NEXT_STEPS(ActionItemCategory.NEXT_STEP, "NS"), ACTORS(null, null), THEMES(null, null), SUMMARY(null, null),
	OTHER(null, null);

	/** One line of the vocabulary: a meaning and the words of headings that have it. */
	private record Wording(SectionMeaning meaning, List<String> keys) {
	}

	/** In the vocabulary file's order, which is the order headings are tried in. */
	private static final List<Wording> WORDINGS = VocabularyFile.read("forum-sections.tsv")
		.stream()
		.map(entry -> new Wording(valueOf(entry.cell(0)), entry.alternatives(1).stream().map(NameKey::of).toList()))
		.toList();

	private final ActionItemCategory category;

	private final String codePrefix;

	SectionMeaning(ActionItemCategory category, String codePrefix) {
		this.category = category;
		this.codePrefix = codePrefix;
	}

	/**
	 * The meaning of a heading; the first meaning whose words it contains wins, sections
	 * that list work first, so that "Multi-stakeholder commitments" lists commitments.
	 */
	static SectionMeaning of(String heading) {
		String key = " " + NameKey.of(heading) + " ";
		for (Wording wording : WORDINGS) {
			for (String word : wording.keys()) {
				if (key.contains(" " + word)) {
					return wording.meaning();
				}
			}
		}
		return OTHER;
	}

	/** The category of the action items the section lists, or null when it lists none. */
	ActionItemCategory category() {
		return category;
	}

	/** The prefix of the codes of its items: "PA" gives "PA1", "PA2". */
	String codePrefix() {
		return codePrefix;
	}

	boolean listsActionItems() {
		return category != null;
	}

}
