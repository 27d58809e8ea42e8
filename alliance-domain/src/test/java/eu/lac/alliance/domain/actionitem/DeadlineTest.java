package eu.lac.alliance.domain.actionitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlineTest {

	private final Deadline endOfQ2 = new Deadline(LocalDate.of(2025, 6, 30), "Q2 2025");

	@Test
	void aDeadlineHasPassedOnlyOnTheDaysAfterIt() {
		assertThat(endOfQ2.hasPassed(LocalDate.of(2025, 6, 29))).isFalse();
		assertThat(endOfQ2.hasPassed(LocalDate.of(2025, 6, 30))).isFalse();
		assertThat(endOfQ2.hasPassed(LocalDate.of(2025, 7, 1))).isTrue();
	}

	@Test
	void aDeadlineWithoutADateNeverPasses() {
		assertThat(new Deadline(null, "in the medium term").hasPassed(LocalDate.of(2099, 12, 31))).isFalse();
	}

	@Test
	void aDeadlineKeepsTheDocumentsWording() {
		assertThat(endOfQ2.wording()).isEqualTo("Q2 2025");
		assertThat(new Deadline(LocalDate.of(2025, 11, 10), null).dueOn()).isEqualTo(LocalDate.of(2025, 11, 10));
	}

	@Test
	void aDeadlineNeedsADateOrTheWordsThatStateIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Deadline(null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Deadline(null, "  "));
	}

}
