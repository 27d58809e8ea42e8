package eu.lac.alliance.importer.layout;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.result.ParsedDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One event is one kind whatever layout reports it: every layout asks the same
 * classifier, so "EU-LAC Digital Alliance Days" (and its Spanish and Portuguese names) is
 * ALLIANCE_DAYS in operational conclusions, takeaways, forum summaries and press releases
 * alike. (Chairs' conclusions always name a dialogue "on" a policy area; their kind comes
 * from the same classifier, see DialogueStatementTest.)
 */
class DialogueKindInEveryLayoutTest {

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			EU-LAC Digital Alliance Days
			Días de la Alianza Digital UE-ALC
			Dias da Aliança Digital UE-ALC
			""")
	void allianceDaysAreAllianceDaysInEveryLayout(String name) {
		assertKind(operationalConclusions(name), Layout.OPERATIONAL_CONCLUSIONS, DialogueKind.ALLIANCE_DAYS);
		assertKind(takeaways(name), Layout.OPERATIONAL_TAKEAWAYS, DialogueKind.ALLIANCE_DAYS);
		assertKind(forumSummary(name), Layout.FORUM_SUMMARY, DialogueKind.ALLIANCE_DAYS);
		assertKind(pressRelease(name), Layout.PRESS_RELEASE, DialogueKind.ALLIANCE_DAYS);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			EU-LAC High-Level Dialogue on Connectivity | HIGH_LEVEL_DIALOGUE
			Diálogo de Alto Nivel UE-ALC sobre Conectividad | HIGH_LEVEL_DIALOGUE
			EU-LAC Forum on Connectivity | FORUM
			""")
	void otherEventsGetTheSameKindInEveryLayout(String name, DialogueKind expected) {
		assertKind(operationalConclusions(name), Layout.OPERATIONAL_CONCLUSIONS, expected);
		assertKind(takeaways(name), Layout.OPERATIONAL_TAKEAWAYS, expected);
		assertKind(forumSummary(name), Layout.FORUM_SUMMARY, expected);
	}

	private static void assertKind(String text, Layout layout, DialogueKind expected) {
		ParsedDocument parsed = READER.read(SourceText.of("unseen.txt", text), ParseContext.reference());
		assertThat(parsed.layout()).isEqualTo(layout);
		assertThat(parsed.dialogue().kind()).as(layout + ": " + parsed.dialogue().title()).isEqualTo(expected);
	}

	private static String operationalConclusions(String name) {
		return name + ", Cartagena (Colombia), 27-29 November 2023\n\nOperational conclusions\n\nCybersecurity\n\n"
				+ "Objective until 2025\tAligned frameworks.\nMain challenges highlighted\t- Few experts.\n"
				+ "EU-LAC cooperation opportunities\t- Share practices.\nNext steps\t- Meet again.\n"
				+ "Co-leads\tChile with Spain\n";
	}

	private static String takeaways(String name) {
		return "# Operational takeaways on Connectivity\n\n*The " + name
				+ ", held in Cartagena, Colombia, on 27-29 November 2023, brought together governments.*\n\n"
				+ "1. INFRASTRUCTURE\t\t\t\t\n"
				+ "Component\tPossible activities\tExplanation of the activity\tCountries interested in the activity"
				+ "\tInternational organisations interested in the activity\n"
				+ "1.1 Submarine cables\tFeasibility studies\tExtend BELLA.\tMexico, Colombia and Peru\tCAF, IDB\n";
	}

	private static String forumSummary(String name) {
		return "# " + name + " – Summary\n\nDate: 27/11/2023\n\nLocation: Cartagena, Colombia\n\n## Summary\n\n"
				+ "Governments and companies discussed connectivity.\n\n## Next steps\n\n"
				+ "- Draft a plan on connectivity by 31/03/2024.\n";
	}

	private static String pressRelease(String name) {
		return "Home > News > Digital\n\n" + name + " bring the EU and Latin America together\n\n"
				+ "The EU and Latin America and the Caribbean met in Cartagena, Colombia, on 27-29 November 2023 "
				+ "to strengthen their digital partnership. Over 300 participants from governments attended.\n\n"
				+ "Related news\n";
	}

}
