package eu.lac.alliance.web.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.account.PasswordRules;

/**
 * On a first start, when no account exists, creates the admin account {@code admin} with
 * the password in {@code ALLIANCE_ADMIN_PASSWORD}, or with a random one printed once in
 * the log. There is no fixed password anywhere.
 */
@Component
@Order(0)
class FirstStartAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStartAccounts.class);

	static final String ADMIN = "admin";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	FirstStartAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder,
			@Value("${alliance.admin.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		if (!configuredPassword.isEmpty()) {
			PasswordRules.problemWith(ADMIN, configuredPassword).ifPresent(problem -> {
				throw new IllegalStateException("ALLIANCE_ADMIN_PASSWORD is not acceptable (" + problem + "): it needs "
						+ PasswordRules.MINIMUM_LENGTH + " to " + PasswordRules.MAXIMUM_LENGTH
						+ " characters and must not be the user name");
			});
			accounts.save(Account.admin(ADMIN, passwordEncoder.encode(configuredPassword)));
			log.info("Created the first admin account '{}' with the password in ALLIANCE_ADMIN_PASSWORD", ADMIN);
			return;
		}
		String password = randomPassword();
		accounts.save(Account.admin(ADMIN, passwordEncoder.encode(password)));
		log.warn("Created the first admin account '{}' with the random password {} (shown only now: sign in and "
				+ "change it, or set ALLIANCE_ADMIN_PASSWORD before the first start)", ADMIN, password);
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
