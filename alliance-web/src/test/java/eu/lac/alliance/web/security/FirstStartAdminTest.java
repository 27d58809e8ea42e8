package eu.lac.alliance.web.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start with no ALLIANCE_ADMIN_PASSWORD: a random admin password, printed once.
 */
@SpringBootTest(properties = { "alliance.seeds.import-on-empty=false", "alliance.admin.password=" })
@ExtendWith(OutputCaptureExtension.class)
class FirstStartAdminTest {

	private static final Pattern LOGGED = Pattern.compile("with the random password (\\S+) ");

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	FirstStartAccounts firstStart;

	@Test
	void theAdminGetsARandomPasswordThatIsLoggedOnceAndWorks(CapturedOutput output) throws Exception {
		var admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
		Matcher logged = LOGGED.matcher(output.getAll());
		assertThat(logged.find()).as("the random password is in the log").isTrue();
		assertThat(encoder.matches(logged.group(1), admin.getPasswordHash())).isTrue();

		firstStart.run(null);

		assertThat(output.getAll().split("with the random password", -1)).hasSize(2);
		assertThat(accounts.count()).isEqualTo(1);
	}

	@Test
	void randomPasswordsAreLongAndDiffer() {
		String one = FirstStartAccounts.randomPassword();
		assertThat(one).hasSize(24).isNotEqualTo(FirstStartAccounts.randomPassword());
	}

}
