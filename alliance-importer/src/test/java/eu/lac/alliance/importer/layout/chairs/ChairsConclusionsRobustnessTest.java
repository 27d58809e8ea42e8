package eu.lac.alliance.importer.layout.chairs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.layout.LayoutParserChecks;
import eu.lac.alliance.importer.result.ParsedDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever arrives, the parser answers with a result or a {@link ParseFailure} that names
 * a line, never with another exception, and in time linear in the size of the text.
 */
class ChairsConclusionsRobustnessTest {

	private final ChairsConclusionsParser parser = new ChairsConclusionsParser();

	private final ParseContext context = ParseContext.reference();

	@Test
	void everyPrefixOfTheSeedGivesAResultOrAFailureWithALine() {
		String seed = ChairsConclusionsSeedTest.seed().text();
		assertTimeoutPreemptively(LayoutParserChecks.BLOW_UP_GUARD, () -> {
			for (int end = 0; end <= seed.length(); end += 37) {
				readsOrFailsWithALine(SourceText.of("prefix-" + end + ".txt", seed.substring(0, end)));
			}
		});
	}

	@Test
	void shuffledLinesAndRandomTextNeverBreakTheReader() {
		List<String> lines = new ArrayList<>(ChairsConclusionsSeedTest.seed().lines());
		String alphabet = "1.a)b;c:(<>/ol li p\t\n¹²³ Action Area II: Specific objective\tInformation Sharing\t</ul>&amp;";
		assertTimeoutPreemptively(LayoutParserChecks.BLOW_UP_GUARD, () -> {
			Random random = new Random(2024);
			for (int round = 0; round < 40; round++) {
				Collections.shuffle(lines, random);
				readsOrFailsWithALine(SourceText.of("shuffled.txt", String.join("\n", lines)));
				StringBuilder noise = new StringBuilder();
				for (int i = 0; i < 3000; i++) {
					noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				readsOrFailsWithALine(SourceText.of("noise.txt", noise.toString()));
			}
		});
	}

	@Test
	void aDocumentWithNothingToReadFailsWithTheFileAndALine() {
		assertThatThrownBy(() -> parser.parse(SourceText.of("empty.txt", "\n\n   \n"), context))
			.isInstanceOf(ParseFailure.class)
			.hasMessageContaining("empty.txt")
			.hasMessageContaining("expected");
		assertThatThrownBy(
				() -> parser.parse(SourceText.of("rows-only.txt", "Information Sharing\t1. Share things.\n"), context))
			.isInstanceOfSatisfying(ParseFailure.class, failure -> {
				assertThat(failure.line()).isEqualTo(1);
				assertThat(failure.getMessage()).contains("expected the dialogue's name").contains("but found");
			});
	}

	@Test
	void aLargeDocumentParsesInLinearTime() {
		String seed = ChairsConclusionsSeedTest.seed().text();
		StringBuilder big = new StringBuilder(seed);
		for (int n = 13; n <= 999; n++) {
			big.append(n % 2 == 0 ? "Information Sharing\t<ol>" : "Joint Initiatives\t")
				.append(n)
				.append(". Exchange:");
			for (char letter = 'a'; letter <= 'z'; letter++) {
				big.append(letter)
					.append(". ")
					.append("exchange 5G and EU-LAC 2025 practices (i.e., CZ, FR, ES, EE) with [[[ partners, "
						.repeat(2))
					.append("and the UN for the EU-LAC Digital Alliance;");
			}
			big.append('\n');
		}
		assertThat(big.length()).isGreaterThan(5_000_000);
		// generous for a loaded build machine; anything worse than linear would take many
		// minutes here
		ParsedDocument document = assertTimeoutPreemptively(LayoutParserChecks.BLOW_UP_GUARD,
				() -> parser.parse(SourceText.of("big.txt", big.toString()), context));
		assertThat(document.actionItems()).hasSize(24 + 987 * 27);
		// issue 6: the seed's "21 governments" against its footnote's 20 is a warning
		assertThat(document.warningTexts()).containsExactly(
				"line 9: says 21 governments joined the Alliance, but the document lists 20 countries that joined in 2023 "
						+ "(line 18); recorded the 20 listed");
	}

	@Test
	void aSingleHugeLineOfBracketsAndDigitsStaysLinear() {
		String line = "Information Sharing\t" + "[1.(a)".repeat(400_000);
		String text = "The EU-LAC High Level Dialogue on Cybersecurity, held in Lima (Peru) in May 2025.\n" + line;
		assertTimeoutPreemptively(LayoutParserChecks.BLOW_UP_GUARD,
				() -> readsOrFailsWithALine(SourceText.of("huge.txt", text)));
	}

	private void readsOrFailsWithALine(SourceText text) {
		try {
			ParsedDocument document = parser.parse(text, context);
			assertThat(document.fileName()).isEqualTo(text.fileName());
			document.actionItems()
				.forEach(item -> assertThat(item.lines().last()).isLessThanOrEqualTo(text.lineCount()));
		}
		catch (ParseFailure failure) {
			assertThat(failure.fileName()).isEqualTo(text.fileName());
			assertThat(failure.line()).isBetween(1, Math.max(1, text.lineCount()));
			assertThat(failure.getMessage()).contains("expected").contains("found");
		}
	}

}
