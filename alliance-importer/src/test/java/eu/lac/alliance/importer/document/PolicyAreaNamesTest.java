package eu.lac.alliance.importer.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyAreaNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "AI|Artificial Intelligence", "Inteligencia Artificial|Artificial Intelligence",
					"Governação eletrónica|e-Governance", "Gobierno electrónico|e-Governance",
					"EU-LAC Digital Alliance in the Caribbean|Caribbean", "Ciberseguridad|Cybersecurity",
					"Proteção de dados|Data Governance", "Conectividad segura|Connectivity",
					"digital skills|Digital skills" })
	void namesInAnyOfTheAlliancesLanguagesMeetTheirCanonicalArea(String written, String canonical) {
		assertThat(PolicyAreaNames.canonical(written)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Cybersecurity|CYB", "e-Governance|EGOV", "Digital Skills|DS",
			"Space and Earth Observation|SAEO" })
	void everyAreaHasAShortCodeForItemCodes(String name, String code) {
		assertThat(PolicyAreaNames.code(name)).isEqualTo(code);
	}

}
