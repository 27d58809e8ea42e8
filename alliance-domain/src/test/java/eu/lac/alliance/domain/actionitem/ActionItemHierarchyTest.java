package eu.lac.alliance.domain.actionitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.policyarea.PolicyArea;

class ActionItemHierarchyTest {

	private final PolicyArea cyber = new PolicyArea("Cybersecurity", "CYB");

	@Test
	void aSubItemMayHangUnderAnItemOfTheSameStoredDialogueEvenThroughAnotherReferenceToIt() throws Exception {
		// a persistence proxy and the loaded entity are two objects for one row: identity
		// is the id
		Dialogue loaded = stored(new Dialogue("High Level Dialogue on Cybersecurity", DialogueKind.HIGH_LEVEL_DIALOGUE),
				7L);
		Dialogue sameRowOtherObject = stored(
				new Dialogue("High Level Dialogue on Cybersecurity", DialogueKind.HIGH_LEVEL_DIALOGUE), 7L);
		ActionItem parent = new ActionItem(loaded, cyber, "7", "Technical assistance", null,
				ActionItemCategory.CAPACITY_BUILDING, null);
		ActionItem child = new ActionItem(sameRowOtherObject, cyber, "7.a", "Summer school", null,
				ActionItemCategory.CAPACITY_BUILDING, null);

		child.placeUnder(parent);

		assertThat(child.getParent()).isSameAs(parent);
	}

	@Test
	void aSubItemMayNotHangUnderAnItemOfAnotherDialogue() throws Exception {
		Dialogue one = stored(new Dialogue("Dialogue on AI", DialogueKind.POLICY_DIALOGUE), 1L);
		Dialogue other = stored(new Dialogue("Dialogue on AI", DialogueKind.POLICY_DIALOGUE), 2L);
		ActionItem parent = new ActionItem(one, cyber, "1", "One", null, ActionItemCategory.ACTIVITY, null);
		ActionItem child = new ActionItem(other, cyber, "1.a", "Other", null, ActionItemCategory.ACTIVITY, null);

		assertThatThrownBy(() -> child.placeUnder(parent)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("different dialogues");
	}

	@Test
	void anItemCannotSitUnderItsOwnDescendant() {
		Dialogue dialogue = new Dialogue("Dialogue", DialogueKind.OTHER);
		ActionItem top = new ActionItem(dialogue, cyber, "1", "Top", null, ActionItemCategory.ACTIVITY, null);
		ActionItem sub = new ActionItem(dialogue, cyber, "1.a", "Sub", null, ActionItemCategory.ACTIVITY, null);
		sub.placeUnder(top);

		assertThatThrownBy(() -> top.placeUnder(sub)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("under itself");
	}

	private static Dialogue stored(Dialogue dialogue, long id) throws ReflectiveOperationException {
		Field field = Dialogue.class.getDeclaredField("id");
		field.setAccessible(true);
		field.set(dialogue, id);
		return dialogue;
	}

}
