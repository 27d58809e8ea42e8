package eu.lac.alliance.importer.layout.chairs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.assertj.core.api.SoftAssertions;

import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedParty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected action items written as data (one TSV row per item, every field of the
 * record), and the field-by-field comparison of a parse result against them, so a failure
 * names the item and the field.
 */
final class ExpectedItems {

	private ExpectedItems() {
	}

	static Path resource(String name) {
		try {
			return Path.of(Objects.requireNonNull(ExpectedItems.class.getResource("/" + name), name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Compares every field of every item, in document order, with the rows of
	 * {@code expectedTsv}.
	 */
	static void assertMatch(List<ParsedActionItem> actual, String expectedTsv) {
		List<String[]> rows = read(resource(expectedTsv)).lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t", -1))
			.toList();
		assertThat(actual.stream().map(ParsedActionItem::code)).as("item codes in document order")
			.containsExactlyElementsOf(rows.stream().map(row -> row[0]).toList());
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			assertThat(row).as("columns of expected row %d", i + 1).hasSize(11);
			ParsedActionItem item = actual.get(i);
			String code = row[0];
			softly.assertThat(item.parentCode()).as("%s parentCode", code).isEqualTo(blankAsNull(row[1]));
			softly.assertThat(item.objectiveCode()).as("%s objectiveCode", code).isEqualTo(blankAsNull(row[2]));
			softly.assertThat(item.category().name()).as("%s category", code).isEqualTo(row[3]);
			softly.assertThat(item.policyArea()).as("%s policyArea", code).isEqualTo(row[4]);
			softly.assertThat(item.lines().first()).as("%s first line", code).isEqualTo(Integer.parseInt(row[5]));
			softly.assertThat(item.lines().last()).as("%s last line", code).isEqualTo(Integer.parseInt(row[6]));
			softly.assertThat(String.join(",", item.participants().stream().map(ExpectedItems::party).toList()))
				.as("%s participants", code)
				.isEqualTo(row[7]);
			softly.assertThat(item.deadline() == null ? "" : item.deadline().dueOn().toString())
				.as("%s deadline", code)
				.isEqualTo(row[8]);
			softly.assertThat(item.title()).as("%s title", code).isEqualTo(row[9]);
			softly.assertThat(item.description()).as("%s description", code).isEqualTo(row[10]);
		}
		softly.assertAll();
	}

	private static String party(ParsedParty party) {
		return party.isCountry() ? party.countryCode() : party.organisation();
	}

	private static String blankAsNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
