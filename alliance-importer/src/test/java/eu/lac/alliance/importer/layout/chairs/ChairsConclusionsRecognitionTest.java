package eu.lac.alliance.importer.layout.chairs;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.SourceText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layout detection: chairs' conclusions score clearly, the other layouts' seeds not at
 * all.
 */
class ChairsConclusionsRecognitionTest {

	private final ChairsConclusionsParser parser = new ChairsConclusionsParser();

	@Test
	void parserIsTheChairsConclusionsLayout() {
		assertThat(parser.layout()).isEqualTo(Layout.CHAIRS_CONCLUSIONS);
	}

	@Test
	void theChairsConclusionsSeedScoresHigh() {
		assertThat(parser.recognise(ChairsConclusionsSeedTest.seed())).isGreaterThanOrEqualTo(100);
	}

	@ParameterizedTest
	@ValueSource(strings = { "000_f678e2384ca395fc.txt", "002_8101de193ffe7200.txt", "003_1ae2039a599a6bab.txt",
			"004_308d54a85c3d8896.txt" })
	void seedsOfOtherLayoutsScoreZero(String seed) {
		SourceText text = SourceText.of(seed, ExpectedItems.read(Path.of("..", "seeds", seed)));
		assertThat(parser.recognise(text)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "data-governance-montevideo.txt", "gobierno-digital-panama.txt", "script-in-cells.txt",
			"numbers-out-of-sequence.txt", "seed-truncated-mid-action-7.txt", "markdown-pipe-table.txt" })
	void variantsAreRecognisedByTheirStructureInAnyLanguage(String variant) {
		assertThat(parser.recognise(ChairsConclusionsVariantsTest.variant(variant))).isGreaterThanOrEqualTo(60);
	}

	@Test
	void proseThatMerelyMentionsCoChairsIsNotChairsConclusions() {
		SourceText press = SourceText.of("press.txt", "The discussions were co-chaired by Spain and Peru.\n"
				+ "Capacity building and information sharing were discussed.\n");
		assertThat(parser.recognise(press)).isZero();
	}

}
