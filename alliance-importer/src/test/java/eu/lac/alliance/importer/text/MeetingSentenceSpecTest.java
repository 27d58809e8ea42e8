package eu.lac.alliance.importer.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import eu.lac.alliance.importer.document.ParseContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stories of the spec file whose datelines, preparatory and previous meetings state other
 * dates and places than the meeting's own sentence, whatever its venue verb.
 */
class MeetingSentenceSpecTest {

	static Stream<Arguments> stories() throws IOException {
		return Files
			.readAllLines(Path.of("src", "test", "resources", "spec", "meeting-sentences.tsv"), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> Arguments.of((Object[]) line.replace("\\n", "\n").split("\t", -1)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("stories")
	void datesAndVenueComeFromTheMeetingsOwnSentence(String story, String start, String end, String city,
			String country) {
		var dates = MeetingSentence.dates(story);
		var venue = MeetingSentence.venue(story, ParseContext.reference().countries());

		assertThat(dates).isPresent();
		assertThat(dates.get().start().earliest()).isEqualTo(LocalDate.parse(start));
		assertThat(dates.get().end().latest()).isEqualTo(LocalDate.parse(end));
		assertThat(venue).isPresent();
		assertThat(venue.get().city()).isEqualTo(city);
		assertThat(venue.get().countryCode()).isEqualTo(country);
	}

}
