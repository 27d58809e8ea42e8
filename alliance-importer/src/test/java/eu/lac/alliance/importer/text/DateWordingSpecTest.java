package eu.lac.alliance.importer.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date wordings of the spec files (event ranges with weekdays, "del X al Y", "entre o
 * X e o Y"; ordinal quarters and halves in three languages), one example a line, so that
 * a new wording is one line of data here and one in {@code date-words.tsv}.
 */
class DateWordingSpecTest {

	private static final Path SPEC = Path.of("src", "test", "resources", "spec");

	static Stream<Arguments> rows(String file) throws IOException {
		return Files.readAllLines(SPEC.resolve(file), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> Arguments.of((Object[]) line.split("\t", -1)));
	}

	static Stream<Arguments> eventDates() throws IOException {
		return rows("event-dates.tsv");
	}

	static Stream<Arguments> deadlines() throws IOException {
		return rows("deadlines.tsv");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventDates")
	void eventRangesKeepTheirStart(String text, String start, String end) {
		var found = DateWording.findEventDates(text);
		if (start.equals("-")) {
			assertThat(found).isEmpty();
			return;
		}
		assertThat(found).isPresent();
		assertThat(found.get().start().earliest()).isEqualTo(LocalDate.parse(start));
		assertThat(found.get().end().latest()).isEqualTo(LocalDate.parse(end));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deadlines")
	void quartersAndHalvesAreReadInEveryLanguage(String text, String dueOn) {
		var found = DateWording.findDeadline(text);
		if (dueOn.equals("-")) {
			assertThat(found).isEmpty();
			return;
		}
		assertThat(found).isPresent();
		assertThat(found.get().dueOn()).isEqualTo(LocalDate.parse(dueOn));
	}

}
