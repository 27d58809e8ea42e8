package eu.lac.alliance.importer.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One example per wording of {@code open-to-members.tsv} and {@code signatory-nouns.tsv}:
 * what makes membership the only prerequisite, and the signatory counts a document
 * states.
 */
class OpenToMembersStatementTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The only prerequisite to participate in these activities is to be a member of the Digital Alliance.|true
			The sole requirement for taking part is membership of the EU-LAC Digital Alliance.|true
			These activities are open to all members of the Digital Alliance.|true
			Any member may join these actions of the Alliance.|true
			El único requisito para participar en estas actividades es ser miembro de la Alianza Digital.|true
			Las actividades están abiertas a todos los miembros de la Alianza Digital.|true
			O único pré-requisito para participar nestas atividades é ser membro da Aliança Digital.|true
			As atividades estão abertas a todos os membros da Aliança Digital.|true
			These activities are of a non-binding nature within the framework of the Digital Alliance.|false
			The only prerequisite to participate is registration on the portal.|false
			The only prerequisite to participate is to be a member of the working group.|false
			""")
	void aStatementThatMembershipIsEnoughOpensTheItems(String text, boolean opens) {
		assertThat(MembershipStatementReader.opensToEveryMember(text)).isEqualTo(opens);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					As per the 2023 Joint Declaration, signed by the European Union Member States and 21 governments of Latin America and the Caribbean, the Alliance is a partnership.|21
					These are the 20 LAC countries that adopted the Joint Declaration in the margins of the 2023 EU-CELAC Summit.|20
					La Declaración Conjunta fue adoptada por 22 gobiernos de América Latina y el Caribe.|22
					Em 2023, 19 governos da América Latina aderiram à Declaração Conjunta.|19
					In 2024, Belize, Guyana and Grenada also joined the Digital Alliance.|
					The forum gathered 150 participants of the Digital Alliance.|
					""")
	void theSignatoryCountsASentenceAboutJoiningStates(String text, Integer count) {
		assertThat(MembershipStatementReader.statedSignatoryCounts(text))
			.containsExactlyElementsOf(count == null ? java.util.List.of() : java.util.List.of(count));
	}

}
