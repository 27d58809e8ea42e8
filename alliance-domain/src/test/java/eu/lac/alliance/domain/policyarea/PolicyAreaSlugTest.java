package eu.lac.alliance.domain.policyarea;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyAreaSlugTest {

	@Test
	void theSixAreasOfTwentyTwentyThreeHaveReadableSlugs() {
		assertThat(PolicyAreaSlug.of("Cybersecurity")).isEqualTo("cybersecurity");
		assertThat(PolicyAreaSlug.of("Artificial Intelligence")).isEqualTo("artificial-intelligence");
		assertThat(PolicyAreaSlug.of("Data Governance")).isEqualTo("data-governance");
		assertThat(PolicyAreaSlug.of("e-Governance")).isEqualTo("e-governance");
		assertThat(PolicyAreaSlug.of("Connectivity")).isEqualTo("connectivity");
		assertThat(PolicyAreaSlug.of("Caribbean")).isEqualTo("caribbean");
	}

	@Test
	void accentsAreFoldedAndRunsOfOtherCharactersBecomeOneHyphen() {
		assertThat(PolicyAreaSlug.of(" Inclusión & Educação digital ")).isEqualTo("inclusion-educacao-digital");
		assertThatThrownBy(() -> PolicyAreaSlug.of("--")).isInstanceOf(IllegalArgumentException.class);
	}

}
