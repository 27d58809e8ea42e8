package eu.lac.alliance.importer.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;

class OpenItemRuleTest {

	@Test
	void anItemNamingNoCountryIsOpenedWithAWarningNamingItsLine() {
		ParsedDocument document = document(List.of(), item("C1", null, List.of(), 30));

		ParsedDocument applied = OpenItemRule.apply(document);

		assertThat(applied.actionItems().get(0).openToMembers()).isTrue();
		assertThat(applied.warningTexts()).containsExactly("line 30: item C1 names no participating country, nor does "
				+ "the document's co-lead line for Cybersecurity; recorded as open to every member of the Alliance");
	}

	@Test
	void anItemNamingOnlyAnOrganisationIsOpenedToo() {
		ParsedDocument applied = OpenItemRule.apply(document(List.of(), item("1", null,
				List.of(ParsedParty.organisation("European Commission", ParticipantRole.ACTOR, "EC")), 12)));

		assertThat(applied.actionItems().get(0).openToMembers()).isTrue();
	}

	@Test
	void aCountryOnTheItemAboveOrOnTheCoLeadLineKeepsTheItemForItsNamedParties() {
		ParsedActionItem parent = item("1", null,
				List.of(ParsedParty.country("MX", ParticipantRole.INTERESTED, List.of(), "Mexico")), 10);
		ParsedActionItem child = item("1.a", "1", List.of(), 11);
		ParsedDocument named = document(List.of(), parent, child);
		ParsedDocument coLed = document(List.of(ParsedParty.country("ES", ParticipantRole.CO_LEAD, List.of(), "Spain")),
				item("2", null, List.of(), 20));

		assertThat(OpenItemRule.apply(named)).isSameAs(named);
		assertThat(OpenItemRule.apply(coLed)).isSameAs(coLed);
	}

	@Test
	void anItemADocumentOpenedAlreadyGivesNoWarning() {
		ParsedDocument document = document(List.of(), item("1", null, List.of(), 5).openedToMembers(),
				item("1.a", "1", List.of(), 6));

		assertThat(OpenItemRule.apply(document)).isSameAs(document);
	}

	private static ParsedActionItem item(String code, String parent, List<ParsedParty> parties, int line) {
		return new ParsedActionItem(code, "Item " + code, null, ActionItemCategory.COMMITMENT, parent, null,
				"Cybersecurity", parties, null, LineSpan.of(line));
	}

	private static ParsedDocument document(List<ParsedParty> coLeads, ParsedActionItem... items) {
		return new ParsedDocument("forum.md", "0".repeat(64), Layout.FORUM_SUMMARY, null,
				List.of(new ParsedPolicyArea("Cybersecurity", null, coLeads, List.of(), LineSpan.of(1))), List.of(),
				List.of(items), List.of(), List.of(), List.of(), List.of());
	}

}
