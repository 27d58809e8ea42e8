package eu.lac.alliance.importer.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.lac.alliance.domain.dialogue.DialogueKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue-kind classifier against its examples, kept as data in
 * {@code spec/dialogue-kinds.tsv}: a new wording is one line there.
 */
class DialogueKindsTest {

	static Stream<Arguments> examples() throws IOException {
		try (InputStream in = DialogueKindsTest.class.getResourceAsStream("/spec/dialogue-kinds.tsv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			return lines.stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t"))
				.map(cells -> Arguments.of(cells[0], DialogueKind.valueOf(cells[1])))
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("examples")
	void aNameGivesOneKindInEveryLanguage(String name, DialogueKind expected) {
		assertThat(DialogueKinds.of(name)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExampleExceptTheUnnamedOnesNamesAnEvent(String name, DialogueKind expected) {
		assertThat(DialogueKinds.mentionsAnEvent(name))
			.isEqualTo(expected != DialogueKind.OTHER || name.contains("Summit"));
	}

}
