package eu.lac.alliance.importer.layout.chairs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles are the first sentence or clause, short, and end cleanly. */
class ItemTitleTest {

	@Test
	void aShortSentenceIsTheTitleWithoutItsFullStop() {
		assertThat(ItemTitle.of("Identify priorities and share good practices. Then more."))
			.isEqualTo("Identify priorities and share good practices");
	}

	@Test
	void theClauseBeforeAColonNamesTheItemAndLowerCaseStartsAreCapitalised() {
		assertThat(ItemTitle.of("Study visit: capitalising on existing expertise (i.e., CZ, FR)"))
			.isEqualTo("Study visit");
		assertThat(ItemTitle.of("national capacities for international law"))
			.isEqualTo("National capacities for international law");
	}

	@Test
	void abbreviationsDoNotEndTheSentence() {
		assertThat(ItemTitle.of("Scale up offers (e.g. trainings) and work with partners i.e. agencies. Next."))
			.isEqualTo("Scale up offers (e.g. trainings) and work with partners i.e. agencies");
	}

	@Test
	void aLongSentenceLosesItsAsidesBeforeBeingCut() {
		String text = "Showcase and scale-up existing cyber diplomacy capacity-building offers (e.g. trainings, exercises)"
				+ " to strengthen the framework of responsible state behaviour";
		assertThat(ItemTitle.of(text))
			.isEqualTo("Showcase and scale-up existing cyber diplomacy capacity-building offers"
					+ " to strengthen the framework of responsible state behaviour");
	}

	@Test
	void aLongClauseIsCutAtAPauseAndNeverEndsOnAConnectingWord() {
		String title = ItemTitle
			.of("Strengthen cooperation and confidence-building measures at the regional and global "
					+ "levels through organising an annual meeting of cyber diplomats from the EU and LAC and supporting efforts");
		assertThat(title)
			.isEqualTo("Strengthen cooperation and confidence-building measures at the regional and global levels…");
		assertThat(ItemTitle.of("Provide technical assistance to offices and authorities, in particular:"))
			.isEqualTo("Provide technical assistance to offices and authorities");
	}

	@Test
	void aTitleNeverExceedsTheLimit() {
		String title = ItemTitle.of("word ".repeat(100));
		assertThat(title).hasSizeLessThanOrEqualTo(ItemTitle.LONGEST + 1).endsWith("word…");
	}

}
