package eu.lac.alliance.domain.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParticipantCountTest {

	@Test
	void overOneHundredAndFiftyKeepsItsOver() {
		Dialogue dialogue = new Dialogue("High Level Dialogue on Cybersecurity", DialogueKind.HIGH_LEVEL_DIALOGUE);

		dialogue.recordParticipantCount(150, CountQualifier.OVER);

		assertThat(dialogue.getParticipantCount()).isEqualTo(150);
		assertThat(dialogue.getParticipantCountQualifier()).isEqualTo(CountQualifier.OVER);
	}

	@Test
	void anExactCountHasNoQualifier() {
		Dialogue dialogue = new Dialogue("Forum", DialogueKind.FORUM);
		dialogue.recordParticipantCount(150, CountQualifier.OVER);

		dialogue.recordParticipantCount(120);

		assertThat(dialogue.getParticipantCountQualifier()).isNull();
	}

	@Test
	void aQualifierWithoutACountIsRefused() {
		Dialogue dialogue = new Dialogue("Forum", DialogueKind.FORUM);

		assertThatThrownBy(() -> dialogue.recordParticipantCount(null, CountQualifier.ABOUT))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anEnrichmentBringsTheQualifierWithTheCountItAdds() {
		Dialogue dialogue = new Dialogue("High Level Dialogue on Cybersecurity", DialogueKind.HIGH_LEVEL_DIALOGUE);

		assertThat(dialogue.enrichWith(null, null, null, null, 150, CountQualifier.OVER)).isTrue();

		assertThat(dialogue.getParticipantCount()).isEqualTo(150);
		assertThat(dialogue.getParticipantCountQualifier()).isEqualTo(CountQualifier.OVER);
	}

	@Test
	void anEnrichmentKeepsAStatedCountAndItsQualifier() {
		Dialogue dialogue = new Dialogue("Forum", DialogueKind.FORUM);
		dialogue.recordParticipantCount(120);

		assertThat(dialogue.enrichWith(null, null, null, null, 150, CountQualifier.OVER)).isFalse();

		assertThat(dialogue.getParticipantCount()).isEqualTo(120);
		assertThat(dialogue.getParticipantCountQualifier()).isNull();
	}

}
