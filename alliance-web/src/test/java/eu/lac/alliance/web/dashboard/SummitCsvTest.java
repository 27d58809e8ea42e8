package eu.lac.alliance.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.dashboard.AsOfBasis;

class SummitCsvTest {

	@Test
	void cellsStartingWithAFormulaCharacterGetAnApostrophe() {
		assertThat(SummitCsv.cell("=1+2")).isEqualTo("'=1+2");
		assertThat(SummitCsv.cell("+34 600")).isEqualTo("'+34 600");
		assertThat(SummitCsv.cell("-2")).isEqualTo("'-2");
		assertThat(SummitCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SummitCsv.cell("\tx")).isEqualTo("'\tx");
		assertThat(SummitCsv.cell("\rx")).isEqualTo("'\rx");
		assertThat(SummitCsv.cell("e-Governance")).isEqualTo("e-Governance");
		assertThat(SummitCsv.cell(null)).isEmpty();
	}

	@Test
	void aDayAndBasisAreReadOrRefusedWithTheReason() {
		LocalDate today = LocalDate.of(2026, 1, 1);
		assertThat(AsOfChoice.parse("2025-11-10", "known", today))
			.isEqualTo(new AsOfChoice(LocalDate.of(2025, 11, 10), AsOfBasis.KNOWN, null, null));
		assertThat(AsOfChoice.parse(null, null, today)).isEqualTo(new AsOfChoice(null, AsOfBasis.REPORTED, null, null));
		assertThat(AsOfChoice.parse("2026-01-02", null, today).problem()).isEqualTo("dashboard.asOf.future");
		assertThat(AsOfChoice.parse("10/11/2025", null, today).problem()).isEqualTo("dashboard.asOf.invalid");
		assertThat(AsOfChoice.parse("2025-11-10", "sometime", today).problem()).isEqualTo("dashboard.basis.invalid");
		assertThat(AsOfChoice.parse("x".repeat(100), null, today).rejected()).hasSize(41);
	}

}
