package eu.lac.alliance.persistence.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.DialogueRepository;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.persistence.testing.PersistenceTest;

@PersistenceTest
class DialogueRepositoryTest {

	@Autowired
	DialogueRepository dialogues;

	@Autowired
	CountryRepository countries;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aStartKnownToTheMonthAndAnEndKnownToTheDayReadBackWithTheirPrecision() {
		Dialogue dialogue = new Dialogue("High-Level Dialogue on e-Governance", DialogueKind.HIGH_LEVEL_DIALOGUE);
		dialogue.scheduleAt(PartialDate.month(2024, 2), PartialDate.day(LocalDate.of(2024, 2, 15)));
		dialogue.holdIn("Santo Domingo", countries.findById("DO").orElseThrow());
		dialogue.recordParticipantCount(120);
		Long id = dialogues.save(dialogue).getId();
		entityManager.flush();
		entityManager.clear();

		Dialogue read = dialogues.findById(id).orElseThrow();

		assertThat(read).isNotSameAs(dialogue);
		assertThat(read.getStart()).isEqualTo(PartialDate.month(2024, 2));
		assertThat(read.getEnd()).isEqualTo(PartialDate.day(LocalDate.of(2024, 2, 15)));
		assertThat(read.getCity()).isEqualTo("Santo Domingo");
		assertThat(read.getHostCountry().getCode()).isEqualTo("DO");
		assertThat(read.getParticipantCount()).isEqualTo(120);
		assertThat(jdbc
			.queryForMap("select start_date, start_precision, end_date, end_precision from dialogue where id = ?", id))
			.containsAllEntriesOf(Map.of("start_date", java.sql.Date.valueOf("2024-02-01"), "start_precision", "MONTH",
					"end_date", java.sql.Date.valueOf("2024-02-15"), "end_precision", "DAY"));
	}

	@Test
	void anUndatedDialogueReadsBackWithoutDates() {
		Long id = dialogues.save(new Dialogue("Caribbean Dialogue", DialogueKind.POLICY_DIALOGUE)).getId();
		entityManager.flush();
		entityManager.clear();

		Dialogue read = dialogues.findById(id).orElseThrow();

		assertThat(read.getStart()).isNull();
		assertThat(read.getEnd()).isNull();
		assertThat(read.getTitle()).isEqualTo("Caribbean Dialogue");
		assertThat(read.getKind()).isEqualTo(DialogueKind.POLICY_DIALOGUE);
	}

}
