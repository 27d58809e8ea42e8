package eu.lac.alliance.domain.actionitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.Region;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.organisation.Party;
import eu.lac.alliance.domain.policyarea.PolicyArea;

/**
 * The rules an action item guards when a person corrects it, and the snapshot that
 * records and restores its fields.
 */
class ItemCorrectionTest {

	private final Dialogue dialogue = new Dialogue("High Level Dialogue on Cybersecurity", DialogueKind.OTHER);

	private final PolicyArea cyber = new PolicyArea("Cybersecurity", "CYB");

	private final Country chile = new Country("CL", "Chile", Region.LATIN_AMERICA_CARIBBEAN, Set.of());

	private final Country brazil = new Country("BR", "Brazil", Region.LATIN_AMERICA_CARIBBEAN, Set.of());

	private final ActionItem first = item("1", "Share good practices");

	private final ActionItem second = item("2", "Train officials");

	@Test
	void aCodeAnotherItemOfTheDialogueHasIsRefusedAndItsOwnIsAccepted() {
		assertThatThrownBy(() -> second.recode("1", List.of(first, second)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("already has code 1");
		second.recode(" 2 ", List.of(first, second));
		second.recode("2.bis", List.of(first, second));
		assertThat(second.getCode()).isEqualTo("2.bis");
	}

	@Test
	void aBlankTitleIsRefusedAndABlankDescriptionIsNone() {
		assertThatThrownBy(() -> first.retitle("  ")).isInstanceOf(IllegalArgumentException.class);
		first.redescribe("   ");
		assertThat(first.getDescription()).isNull();
		assertThat(first.getTitle()).isEqualTo("Share good practices");
	}

	@Test
	void aPartyNamedTwiceIsRefusedWhateverTheRoles() {
		List<Participation> twice = List.of(
				Participation.of(Party.country(chile), ParticipantRole.CO_LEAD, List.of(), null),
				Participation.of(Party.country(chile), ParticipantRole.INTERESTED, List.of(), null));

		assertThatThrownBy(() -> first.correctParticipations(twice)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("named twice");
		assertThat(first.getParticipations()).isEmpty();
	}

	@Test
	void agenciesGoWithACountryOnly() {
		Organisation giz = new Organisation("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ",
				OrganisationKind.IMPLEMENTING_AGENCY, null, Set.of());
		assertThatThrownBy(() -> Participation.of(Party.organisation(giz), ParticipantRole.IMPLEMENTING_AGENCY,
				List.of(giz), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theSnapshotNamesTheChangedFieldsAsTextAndPutsAHandValueBack() {
		first.correctParticipations(
				List.of(Participation.of(Party.country(chile), ParticipantRole.CO_LEAD, List.of(), "Chile")));
		ItemSnapshot hand = ItemSnapshot.of(first);

		first.retitle("Share good practices and lessons");
		first.dueBy(new Deadline(LocalDate.of(2025, 6, 30), "by Q2 2025"));
		first.correctParticipations(
				List.of(Participation.of(Party.country(chile), ParticipantRole.CO_LEAD, List.of(), "Chile"),
						Participation.of(Party.country(brazil), ParticipantRole.INTERESTED, List.of(), null)));
		ItemSnapshot document = ItemSnapshot.of(first);

		assertThat(hand.changedIn(document)).containsExactly("title", "deadline", "participants");
		assertThat(document.text("deadline")).isEqualTo("2025-06-30 (by Q2 2025)");
		assertThat(document.text("participants")).isEqualTo("Chile (co_lead); Brazil (interested)");
		assertThat(hand.textOf(List.of("title"))).containsEntry("title", "Share good practices");

		hand.restore("participants", first, List.of(first, second));
		hand.restore("title", first, List.of(first, second));

		assertThat(first.getTitle()).isEqualTo("Share good practices");
		assertThat(first.getParticipations()).singleElement()
			.satisfies(p -> assertThat(p.getCountry()).isSameAs(chile));
		assertThat(first.getDeadline()).isEqualTo(new Deadline(LocalDate.of(2025, 6, 30), "by Q2 2025"));
		assertThatThrownBy(() -> hand.text("state")).isInstanceOf(IllegalArgumentException.class);
	}

	private ActionItem item(String code, String title) {
		return new ActionItem(dialogue, cyber, code, title, null, ActionItemCategory.ACTIVITY, null);
	}

}
