package eu.lac.alliance.importer.layout.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedPolicyArea;

/** A forum on a subject the Alliance has not had before brings its own policy area. */
class ForumNewPolicyAreaTest {

	private static final String SKILLS = """
			# EU-LAC Forum on Digital Skills Summary

			**Date**: 2025-09-15

			**Location**: Lisbon, Portugal

			## Commitments

			- Launch a skills academy by the end of 2026.
			""";

	@Test
	void aForumOnANewSubjectRecordsItAsANewPolicyAreaAndSaysSo() {
		var parsed = new ForumSummaryParser().parse(SourceText.of("skills.md", SKILLS), ParseContext.reference());

		assertThat(parsed.policyAreas()).extracting(ParsedPolicyArea::name).containsExactly("Digital Skills");
		assertThat(parsed.actionItems()).extracting(ParsedActionItem::policyArea).containsExactly("Digital Skills");
		assertThat(parsed.warningTexts()).anySatisfy(w -> assertThat(w).contains("'Digital Skills' is not one of the"));
		assertThat(parsed.dialogue().city()).isEqualTo("Lisbon");
		assertThat(parsed.dialogue().countryCode()).isEqualTo("PT");
	}

	@Test
	void aForumOnAKnownSubjectKeepsTheAlliancesName() {
		var parsed = new ForumSummaryParser().parse(
				SourceText.of("ai.md", SKILLS.replace("Digital Skills", "Artificial Intelligence")),
				ParseContext.reference());

		assertThat(parsed.policyAreas()).extracting(ParsedPolicyArea::name).containsExactly("Artificial Intelligence");
		assertThat(parsed.warningTexts()).noneSatisfy(w -> assertThat(w).contains("not one of"));
	}

}
