package eu.lac.alliance.domain.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.progress.CompletionStatus;

class ActionItemOverdueTest {

	private static final LocalDate END_OF_Q2 = LocalDate.of(2025, 6, 30);

	private final ActionItem item = new ActionItem(
			new Dialogue("High-Level Dialogue on AI", DialogueKind.HIGH_LEVEL_DIALOGUE),
			new PolicyArea("Artificial Intelligence", "AI"), "3", "Map national AI strategies", null,
			ActionItemCategory.COMMITMENT, null);

	@Test
	void anActiveItemPastItsDeadlineAndNotSettledIsOverdue() {
		item.dueBy(new Deadline(END_OF_Q2, "Q2 2025"));

		assertThat(item.isOverdueOn(END_OF_Q2.plusDays(1), CompletionStatus.NOT_STARTED)).isTrue();
		assertThat(item.isOverdueOn(END_OF_Q2.plusDays(1), CompletionStatus.LIMITED)).isTrue();
		assertThat(item.isOverdueOn(END_OF_Q2.plusMonths(4), CompletionStatus.SUBSTANTIAL)).isTrue();
	}

	@Test
	void theDeadlineDayItselfIsNotOverdue() {
		item.dueBy(new Deadline(END_OF_Q2, "Q2 2025"));

		assertThat(item.isOverdueOn(END_OF_Q2, CompletionStatus.NOT_STARTED)).isFalse();
		assertThat(item.isOverdueOn(END_OF_Q2.minusDays(1), CompletionStatus.NOT_STARTED)).isFalse();
	}

	@Test
	void completeOrWithdrawnProgressIsNeverOverdue() {
		item.dueBy(new Deadline(END_OF_Q2, "Q2 2025"));

		assertThat(item.isOverdueOn(END_OF_Q2.plusDays(1), CompletionStatus.COMPLETE)).isFalse();
		assertThat(item.isOverdueOn(END_OF_Q2.plusDays(1), CompletionStatus.WITHDRAWN)).isFalse();
	}

	@Test
	void anItemARevisedDocumentDroppedIsNeverOverdue() {
		item.dueBy(new Deadline(END_OF_Q2, "Q2 2025"));
		item.withdraw();

		assertThat(item.isOverdueOn(END_OF_Q2.plusDays(1), CompletionStatus.NOT_STARTED)).isFalse();
	}

	@Test
	void anItemWithoutADeadlineIsNeverOverdue() {
		assertThat(item.isOverdueOn(LocalDate.of(2099, 1, 1), CompletionStatus.NOT_STARTED)).isFalse();
	}

	@Test
	void aDeadlineStatedOnlyInWordsIsNeverOverdue() {
		item.dueBy(new Deadline(null, "by the next Alliance Days"));

		assertThat(item.isOverdueOn(LocalDate.of(2099, 1, 1), CompletionStatus.NOT_STARTED)).isFalse();
	}

}
