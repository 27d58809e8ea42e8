package eu.lac.alliance.domain.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.Region;

class DialogueScheduleTest {

	private final Dialogue dialogue = new Dialogue("High-Level Dialogue on e-Governance",
			DialogueKind.HIGH_LEVEL_DIALOGUE);

	private final Country dominicanRepublic = new Country("DO", "Dominican Republic", Region.LATIN_AMERICA_CARIBBEAN,
			Set.of());

	@Test
	void aDialogueWithoutAStatedEndEndsTheDayItStarts() {
		dialogue.scheduleAt(PartialDate.day(LocalDate.of(2024, 2, 14)), null);

		assertThat(dialogue.getStart()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 14)));
		assertThat(dialogue.getEnd()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 14)));
	}

	@Test
	void anEndBeforeTheStartIsRefusedAndTheScheduleStaysAsItWas() {
		PartialDate start = PartialDate.day(LocalDate.of(2024, 2, 14));
		dialogue.scheduleAt(start, PartialDate.day(LocalDate.of(2024, 2, 15)));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> dialogue.scheduleAt(start, PartialDate.day(LocalDate.of(2024, 2, 13))))
			.withMessageContaining("2024-02-13")
			.withMessageContaining("2024-02-14");
		assertThat(dialogue.getEnd()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 15)));
	}

	@Test
	void anEndKnownOnlyToTheMonthMayCoverTheStartDay() {
		dialogue.scheduleAt(PartialDate.day(LocalDate.of(2024, 2, 14)), PartialDate.month(2024, 2));

		assertThat(dialogue.getEnd()).isEqualTo(PartialDate.month(2024, 2));
	}

	@Test
	void anEndInAnEarlierMonthThanTheStartIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> dialogue.scheduleAt(PartialDate.day(LocalDate.of(2024, 3, 1)), PartialDate.month(2024, 2)));
	}

	@Test
	void aDayPreciseAccountReplacesAMonthPreciseOne() {
		dialogue.scheduleAt(PartialDate.month(2024, 2), null);

		boolean changed = dialogue.enrichWith(PartialDate.day(LocalDate.of(2024, 2, 14)),
				PartialDate.day(LocalDate.of(2024, 2, 15)), null, null, null);

		assertThat(changed).isTrue();
		assertThat(dialogue.getStart()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 14)));
		assertThat(dialogue.getEnd()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 15)));
	}

	@Test
	void aMonthPreciseAccountDoesNotReplaceADayPreciseOne() {
		dialogue.scheduleAt(PartialDate.day(LocalDate.of(2024, 2, 14)), null);

		boolean changed = dialogue.enrichWith(PartialDate.month(2024, 3), null, null, null, null);

		assertThat(changed).isFalse();
		assertThat(dialogue.getStart()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 14)));
	}

	@Test
	void anAccountAsPreciseAsTheFirstDoesNotReplaceIt() {
		dialogue.scheduleAt(PartialDate.day(LocalDate.of(2024, 2, 14)), null);

		assertThat(dialogue.enrichWith(PartialDate.day(LocalDate.of(2024, 2, 20)), null, null, null, null)).isFalse();
		assertThat(dialogue.getStart()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 14)));
	}

	@Test
	void anUndatedDialogueTakesTheOtherAccountsDate() {
		assertThat(dialogue.enrichWith(PartialDate.year(2024), null, null, null, null)).isTrue();
		assertThat(dialogue.getStart()).isEqualTo(PartialDate.year(2024));
	}

	@Test
	void anEnrichmentWhoseEndComesBeforeItsStartIsRefused() {
		dialogue.scheduleAt(PartialDate.month(2024, 2), null);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> dialogue.enrichWith(PartialDate.day(LocalDate.of(2024, 2, 14)),
					PartialDate.day(LocalDate.of(2024, 2, 12)), null, null, null));
		assertThat(dialogue.getStart()).isEqualTo(PartialDate.month(2024, 2));
	}

	@Test
	void aStatedPlaceAndCountFillOnlyWhatIsMissing() {
		dialogue.holdIn("Santo Domingo", null);

		boolean changed = dialogue.enrichWith(null, null, "Punta Cana", dominicanRepublic, 120);

		assertThat(changed).isTrue();
		assertThat(dialogue.getCity()).isEqualTo("Santo Domingo");
		assertThat(dialogue.getHostCountry()).isEqualTo(dominicanRepublic);
		assertThat(dialogue.getParticipantCount()).isEqualTo(120);
		assertThat(dialogue.enrichWith(null, null, "Punta Cana", dominicanRepublic, 300)).isFalse();
		assertThat(dialogue.getParticipantCount()).isEqualTo(120);
	}

}
