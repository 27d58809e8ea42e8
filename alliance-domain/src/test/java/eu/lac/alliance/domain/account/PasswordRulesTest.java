package eu.lac.alliance.domain.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

	@Test
	void aPasswordIsAtLeastTenCharacters() {
		assertThat(PasswordRules.problemWith("admin", "short")).contains(PasswordRules.Problem.TOO_SHORT);
		assertThat(PasswordRules.problemWith("admin", null)).contains(PasswordRules.Problem.TOO_SHORT);
		assertThat(PasswordRules.problemWith("admin", "long enough now")).isEmpty();
	}

	@Test
	void aPasswordIsNotTheUserName() {
		assertThat(PasswordRules.problemWith("secretariat", "Secretariat"))
			.contains(PasswordRules.Problem.SAME_AS_USERNAME);
	}

	@Test
	void aPasswordFitsWhatBcryptReads() {
		assertThat(PasswordRules.problemWith("admin", "x".repeat(73))).contains(PasswordRules.Problem.TOO_LONG);
		assertThat(PasswordRules.Problem.TOO_LONG.messageKey()).isEqualTo("password.problem.too-long");
	}

}
