package eu.lac.alliance.importer.layout.chairs;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.layout.chairs.ConclusionOutline.Piece;
import eu.lac.alliance.importer.layout.chairs.NumberedActions.Found;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How numbers and letters run into the text are told apart from numbers and letters that
 * are text.
 */
class NumberedActionsTest {

	private final List<ParseWarning> warnings = new ArrayList<>();

	private final NumberedActions numbering = new NumberedActions(warnings);

	private List<String> codes(String... lines) {
		List<Piece> pieces = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			pieces.add(new Piece(lines[i], 10 + i));
		}
		return numbering.split(ActionCell.read(pieces), 10)
			.stream()
			.map(found -> found.number() + (found.isSubItem() ? "." + found.letter() : "") + " " + found.text())
			.toList();
	}

	@Test
	void theNextNumberRightAfterAFullStopStartsANewAction() {
		assertThat(codes("<ol style=\"x\">4. Exchange with civil society.5. Exchange advice."))
			.containsExactly("4 Exchange with civil society.", "5 Exchange advice.");
		assertThat(warnings).extracting(ParseWarning::rendered)
			.containsExactly("line 10: expected action 1 but found 4 (numbers out of sequence)");
	}

	@Test
	void numbersThatAreTextStayText() {
		assertThat(
				codes("1. Roll out 5G toolbox principles from the 2017 Consensus for EU-LAC 2025. Adopt version 2.0 by "
						+ "3 agencies (i.e., CZ, FR, ES, EE), see 7. Annex.2. Next."))
			.containsExactly(
					"1 Roll out 5G toolbox principles from the 2017 Consensus for EU-LAC 2025. Adopt version 2.0 "
							+ "by 3 agencies (i.e., CZ, FR, ES, EE), see 7. Annex.",
					"2 Next.");
	}

	@Test
	void lettersRunIntoTheWordBeforeThemStartSubItemsOnlyInSequence() {
		assertThat(codes("2. Showcase offers, regarding:<ol>a. building capacities (e.g. cyber ambassadors, "
				+ "coordinators)b. national capacities in cyberspacec. implementation of normsd. supporting experts at the UN."))
			.containsExactly("2 Showcase offers, regarding:",
					"2.a building capacities (e.g. cyber ambassadors, coordinators)",
					"2.b national capacities in cyberspace", "2.c implementation of norms",
					"2.d supporting experts at the UN.");
	}

	@Test
	void abbreviationsLikeIeAndEgNeverStartSubItems() {
		assertThat(codes("7. Tools:a. summer school;b. study visit;c. visits;d. exercises (i.e. evaluate drills);"
				+ "e. triangular cooperation (e.g. fund)."))
			.extracting(text -> text.substring(0, 3))
			.containsExactly("7 T", "7.a", "7.b", "7.c", "7.d", "7.e");
	}

	@Test
	void paragraphsAndNestedListsDelimitActionsAndSubItems() {
		assertThat(codes("<p>6. Share practices.</p> <p>7. Provide assistance, including:</p> <ul>a. Tallinn school;"
				+ "b. Study visit: expertise (i.e., CZ, FR);c. Technical assistance.</ul>"))
			.containsExactly("6 Share practices.", "7 Provide assistance, including:", "7.a Tallinn school;",
					"7.b Study visit: expertise (i.e., CZ, FR);", "7.c Technical assistance.");
	}

	@Test
	void textAfterANestedListClosesBelongsToTheActionAgain() {
		assertThat(codes("<ol><li>7. Provide assistance in:<ol><li>a. schools;</li><li>b. visits.</li></ol>"
				+ "as agreed with partners.</li><li>8. Next.</li></ol>"))
			.containsExactly("7 Provide assistance in: as agreed with partners.", "7.a schools;", "7.b visits.",
					"8 Next.");
	}

	@Test
	void numberingContinuesAcrossRowsAndLines() {
		codes("1. First.");
		List<Found> found = numbering.split(
				ActionCell
					.read(List.of(new Piece("2. Second starts here and goes", 20), new Piece("on here.3. Third.", 21))),
				20);
		assertThat(found).extracting(Found::number, Found::firstLine, Found::lastLine)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, 20, 21),
					org.assertj.core.groups.Tuple.tuple(3, 21, 21));
		assertThat(found.get(0).text()).isEqualTo("Second starts here and goes on here.");
	}

	@Test
	void unnumberedTextIsNumberedNextAndReported() {
		assertThat(codes("Organise a yearly meeting.")).containsExactly("1 Organise a yearly meeting.");
		assertThat(warnings).singleElement().asString().contains("unnumbered text; numbered it 1");
	}

	@Test
	void superscriptFootnoteMarkersAreDropped() {
		assertThat(codes("1. As part of the Team Europe³ contribution<sup>4</sup>, providing help."))
			.containsExactly("1 As part of the Team Europe contribution, providing help.");
	}

}
