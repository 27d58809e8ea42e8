package eu.lac.alliance.importer.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.lac.alliance.importer.text.DocumentDecoder;

/**
 * Each seed is recognised as its layout from its content alone, whatever its file is
 * called.
 */
class LayoutDetectionTest {

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	@ParameterizedTest
	@CsvSource({ "000_f678e2384ca395fc.txt, OPERATIONAL_CONCLUSIONS", "001_0a6d16b983599f06.txt, CHAIRS_CONCLUSIONS",
			"002_8101de193ffe7200.txt, PRESS_RELEASE", "003_1ae2039a599a6bab.txt, OPERATIONAL_TAKEAWAYS",
			"004_308d54a85c3d8896.txt, FORUM_SUMMARY" })
	void theLayoutIsRecognisedFromTheContentNotTheFileName(String seed, Layout expected) throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of("..", "seeds", seed));
		SourceText text = DocumentDecoder.decode("upload.txt", bytes);

		assertThat(READER.recognise(text).layout()).isEqualTo(expected);
		assertThat(READER.read("upload.txt", bytes, ParseContext.reference()).layout()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "000_f678e2384ca395fc.txt", "001_0a6d16b983599f06.txt", "002_8101de193ffe7200.txt",
			"003_1ae2039a599a6bab.txt", "004_308d54a85c3d8896.txt" })
	void onlyOneLayoutClaimsEachSeedStrongly(String seed) throws IOException {
		SourceText text = DocumentDecoder.decode(seed, Files.readAllBytes(Path.of("..", "seeds", seed)));
		int best = 0;
		int second = 0;
		for (LayoutParser parser : READER.parsers()) {
			int score = parser.recognise(text);
			if (score > best) {
				second = best;
				best = score;
			}
			else {
				second = Math.max(second, score);
			}
		}
		assertThat(best).isGreaterThan(2 * second);
	}

	@org.junit.jupiter.api.Test
	void whatTheDecoderRepairedIsReportedAmongTheWarnings() throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of("..", "seeds", "004_308d54a85c3d8896.txt"));

		var parsed = READER.read("forum.md", bytes, ParseContext.reference());

		assertThat(parsed.warningTexts()).anySatisfy(warning -> assertThat(warning).contains("Telefónica"));
		assertThat(parsed.organisations()).anySatisfy(o -> assertThat(o.name()).isEqualTo("Telefónica"));
	}

	@org.junit.jupiter.api.Test
	void everyLayoutHasAParser() {
		assertThat(READER.parsers()).extracting(LayoutParser::layout).containsExactlyInAnyOrder(Layout.values());
	}

}
