package eu.lac.alliance.importer.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import eu.lac.alliance.importer.text.Numbering.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbering in every style the spec file lists (arabic, roman, letters; bracketed,
 * dotted, dashed; after "Area", "Pilar", "Eixo", "Acción"), one example a line.
 */
class NumberingSpecTest {

	static Stream<Arguments> examples() throws IOException {
		return Files.readAllLines(Path.of("src", "test", "resources", "spec", "numbering.tsv"), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> Arguments.of((Object[]) line.split("\t", -1)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void aHeadingsOwnNumberingIsRecognisedAndNeverLeaksIntoItsName(String text, String numeral, String style,
			String rest) {
		var found = Numbering.at(text);
		if (numeral.equals("-")) {
			assertThat(found).isEmpty();
			assertThat(Numbering.strip(text)).isEqualTo(text);
			return;
		}
		assertThat(found).isPresent();
		assertThat(found.get().numeral()).isEqualTo(numeral);
		assertThat(found.get().style()).isEqualTo(Style.valueOf(style));
		assertThat(Numbering.strip(text)).isEqualTo(rest);
	}

	@Test
	void aRunABCIsLettersAndARunIIIIIIIsRoman() {
		assertThat(ranks(List.of("A", "B", "C", "D", "I"))).containsExactly(1, 2, 3, 4, 9);
		assertThat(ranks(List.of("I", "II", "III", "IV", "V"))).containsExactly(1, 2, 3, 4, 5);
		assertThat(ranks(List.of("a", "b", "c"))).containsExactly(1, 2, 3);
		assertThat(ranks(List.of("1", "2", "3"))).containsExactly(1, 2, 3);
	}

	private static List<Integer> ranks(List<String> run) {
		Style previous = null;
		List<Integer> ranks = new java.util.ArrayList<>();
		for (String numeral : run) {
			Style style = Numbering.styleAfter(numeral, previous);
			ranks.add(Numbering.rank(numeral, style));
			previous = style;
		}
		return ranks;
	}

}
