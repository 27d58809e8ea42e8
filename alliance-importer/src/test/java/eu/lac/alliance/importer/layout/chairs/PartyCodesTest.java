package eu.lac.alliance.importer.layout.chairs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedParty;

/**
 * Which brackets name parties by code, one example per wording of party-code-list.tsv.
 */
class PartyCodesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Tallinn Summer School of Cyber Diplomacy for Points of Contacts and/or Cyber ambassadors (EU & EE)|EU EE
					Study visit: capitalising on existing expertise in European Union Member States (i.e., CZ, FR, ES, EE)|CZ FR ES EE
					Peer reviews (e.g. PT, IT)|PT IT
					Joint exercise (BR y MX)|BR MX
					Exchange (PT e BR)|PT BR
					Training (FR et BE or NL)|FR BE NL
					Table-top exercises among youth (ENISA, EU CyberNet/LAC4)|
					Technical assistance through EU CyberNet (including LAC4)|
					Capacity-building offers (e.g. cyber ambassadors, coordinators)|
					Directories of points of contact (i.e. by UN, OAS)|
					The future Programme of Action (PoA) at the UN|
					""")
	void aBracketOfCodesNamesTheItemsPartners(String text, String expected) {
		String found = String.join(" ",
				PartyCodes.in(text, ParseContext.reference()).stream().map(PartyCodesTest::code).toList());

		assertThat(found).isEqualTo(expected == null ? "" : expected);
	}

	private static String code(ParsedParty party) {
		return party.isCountry() ? party.countryCode() : party.wording();
	}

}
