package eu.lac.alliance.importer.party;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedParty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Co-lead lines of the spec file, read names first and connectors last: connectors of
 * {@code connectors.tsv} in three languages give the roles, a country's institution is
 * that country's agency, and words that are neither a name nor a connector are reported.
 */
class CoLeadLineSpecTest {

	private static final ParseContext CONTEXT = ParseContext.reference();

	static Stream<Arguments> lines() throws IOException {
		return Files
			.readAllLines(Path.of("src", "test", "resources", "spec", "co-lead-lines.tsv"), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> Arguments.of((Object[]) line.split("\t", -1)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lines")
	void namesAreFoundFirstAndWhatLiesBetweenThemIsAConnector(String line, String parties, String problems) {
		PartyListReader reader = PartyListReader.of(CONTEXT, new OrganisationCatalogue(CONTEXT.organisations()));

		PartyList list = reader.readCoLeads(line);

		assertThat(list.parties().stream().map(CoLeadLineSpecTest::render).collect(Collectors.joining(" ")))
			.isEqualTo(parties);
		assertThat(list.problems()).isEqualTo(problems.equals("-") ? List.of() : List.of(problems));
	}

	private static String render(ParsedParty party) {
		String who = party.isCountry() ? party.countryCode()
				: "#" + CONTEXT.organisations()
					.find(party.organisation())
					.map(Organisation::getAcronym)
					.filter(acronym -> acronym != null && !acronym.isEmpty())
					.orElse(party.organisation());
		String agencies = party.agencies().isEmpty() ? "" : "[" + String.join(",", party.agencies()) + "]";
		return party.role() + ":" + who + agencies;
	}

}
