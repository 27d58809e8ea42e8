package eu.lac.alliance.importer.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.importer.result.ParsedDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A parser's unexpected exception becomes a refusal in one place, with the file and the
 * line the parser had reached, whichever layout it is and however it is called.
 */
class LayoutParserFailureTest {

	/** A layout that breaks on its seventh line, as a parser bug would. */
	private static final class BreaksOnLineSeven implements LayoutParser {

		@Override
		public Layout layout() {
			return Layout.FORUM_SUMMARY;
		}

		@Override
		public int recognise(SourceText text) {
			return 1;
		}

		@Override
		public ParsedDocument read(SourceText text, ParseContext context, ReadingPosition position) {
			for (int line = 1; line <= text.lineCount(); line++) {
				position.at(line);
				if (line == 7) {
					throw new IllegalStateException("index out of range");
				}
			}
			throw new StackOverflowError();
		}

	}

	private static final String TEN_LINES = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten";

	@Test
	void aParserBugIsRefusedWithTheFileAndTheLineItReached() {
		assertThatThrownBy(() -> new BreaksOnLineSeven().parse(SourceText.of("broken.md", TEN_LINES), null))
			.isInstanceOfSatisfying(ParseFailure.class, failure -> {
				assertThat(failure.fileName()).isEqualTo("broken.md");
				assertThat(failure.line()).isEqualTo(7);
				assertThat(failure.getMessage()).isEqualTo("broken.md, line 7: expected forum-summary that could be "
						+ "read but found text that broke the reader (IllegalStateException: index out of range)");
			});
	}

	@Test
	void theDocumentReaderRefusesTheSameWay() {
		DocumentReader reader = new DocumentReader(List.of(new BreaksOnLineSeven()));

		assertThatThrownBy(() -> reader.read(SourceText.of("broken.md", TEN_LINES), null))
			.isInstanceOfSatisfying(ParseFailure.class, failure -> assertThat(failure.line()).isEqualTo(7));
	}

	@Test
	void aStackOverflowOnHostileInputIsRefusedWithALineToo() {
		assertThatThrownBy(() -> new BreaksOnLineSeven().parse(SourceText.of("short.md", "one\ntwo"), null))
			.isInstanceOfSatisfying(ParseFailure.class, failure -> {
				assertThat(failure.line()).isEqualTo(2);
				assertThat(failure.getMessage()).contains("StackOverflowError");
			});
	}

}
