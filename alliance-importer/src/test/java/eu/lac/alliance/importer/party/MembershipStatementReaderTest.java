package eu.lac.alliance.importer.party;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedMembership;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipStatementReaderTest {

	private static final CountryGazetteer COUNTRIES = ParseContext.reference().countries();

	private static final String FOUNDERS_2023 = "AR:2023 BS:2023 BB:2023 BR:2023 CL:2023 CO:2023 CR:2023 DO:2023 "
			+ "EC:2023 SV:2023 GT:2023 HN:2023 JM:2023 MX:2023 PA:2023 PY:2023 PE:2023 SR:2023 TT:2023 UY:2023";

	@Test
	void takeawaysFootnoteGivesTheFoundersOf2023AndTheCountriesThatJoinedIn2024() throws IOException {
		String footnote = seedLineStartingWith("003_1ae2039a599a6bab.txt", "<sup>3</sup>");

		List<ParsedMembership> members = MembershipStatementReader.read(footnote, new LineSpan(33, 33), COUNTRIES);

		assertThat(render(members)).isEqualTo(FOUNDERS_2023 + " BZ:2024 GY:2024 GD:2024");
		assertThat(members).allSatisfy(member -> {
			assertThat(member.lines()).isEqualTo(new LineSpan(33, 33));
			assertThat(member.date()).isNull();
		});
	}

	@Test
	void chairsConclusionsFootnoteAddsBoliviaIn2025() throws IOException {
		String footnote = seedLineStartingWith("001_0a6d16b983599f06.txt", "\u00b9 [EU-LAC");

		List<ParsedMembership> members = MembershipStatementReader.read(footnote, LineSpan.of(20), COUNTRIES);

		assertThat(render(members)).isEqualTo(FOUNDERS_2023 + " BZ:2024 GY:2024 GD:2024 BO:2025");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					La Declaración Conjunta fue adoptada en 2023 por Argentina, Las Bahamas y México. En 2024 se unieron Belice y Guyana, y lo hizo Bolivia en 2025. | AR:2023 BS:2023 MX:2023 BZ:2024 GY:2024 BO:2025
					Argentina joined the Alliance in 2023 and Bolivia in 2025. | AR:2023 BO:2025
					St. Lucia and St. Kitts and Nevis joined the Digital Alliance in 2024. | LC:2024 KN:2024
					Brazil (2023) and Haiti (2025) adhered to the Joint Declaration. | BR:2023 HT:2025
					In 2024, Belize joined the Alliance; Guyana did too in 2025. | BZ:2024 GY:2025
					Belize, Guyana and Grenada joined the Alliance in 2024 and so did Bolivia. | BZ:2024 GY:2024 GD:2024 BO:2024
					Chile joined the Alliance in 2023. In 2024, Chile and Peru joined the Alliance. | CL:2023 PE:2024
					O Brasil aderiu à Aliança Digital em 2023. | BR:2023
					""")
	void membershipSentencesGiveEachCountryItsYear(String text, String expected) {
		assertThat(render(MembershipStatementReader.read(text, LineSpan.of(1), COUNTRIES))).isEqualTo(expected.strip());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			The dialogue was co-chaired by the Dominican Republic and the European Union in 2024 under the Alliance.
			Chile joined the Digital Alliance.
			Brazil joined the BRICS in 2009.
			The Alliance was discussed in Santo Domingo with Panama and Peru in 2024.
			""")
	void sentencesThatStateNoMembershipGiveNone(String text) {
		assertThat(MembershipStatementReader.read(text, LineSpan.of(1), COUNTRIES)).isEmpty();
	}

	@Test
	void emptyOrOddTextGivesNoMembership() {
		assertThat(MembershipStatementReader.read("", LineSpan.of(1), COUNTRIES)).isEmpty();
		assertThat(MembershipStatementReader.read(null, LineSpan.of(1), COUNTRIES)).isEmpty();
		assertThat(MembershipStatementReader.read("joined joined 2024 2025 ;;; ...", LineSpan.of(1), COUNTRIES))
			.isEmpty();
	}

	private static String seedLineStartingWith(String seed, String prefix) throws IOException {
		return Files.readAllLines(Path.of("..", "seeds", seed))
			.stream()
			.filter(line -> line.startsWith(prefix))
			.findFirst()
			.orElseThrow();
	}

	private static String render(List<ParsedMembership> members) {
		return members.stream().map(m -> m.countryCode() + ":" + m.year()).collect(Collectors.joining(" "));
	}

}
