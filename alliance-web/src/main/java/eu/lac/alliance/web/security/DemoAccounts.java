package eu.lac.alliance.web.security;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.account.PasswordRules;
import eu.lac.alliance.domain.country.CountriesTakingPart;
import eu.lac.alliance.domain.country.CountryRepository;

/**
 * The {@code demo} profile's accounts for trying the roles: {@code secretariat} and one
 * focal point per country taking part, named {@code focal-<iso2>} (e.g.
 * {@code focal-cl}), all with the password in {@code ALLIANCE_DEMO_PASSWORD}; the profile
 * refuses to start without it. Accounts that exist are left as they are.
 */
@Component
@Profile("demo")
@Order(1)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountRepository accounts;

	private final CountryRepository countries;

	private final CountriesTakingPart countriesTakingPart;

	private final PasswordEncoder passwordEncoder;

	private final String password;

	DemoAccounts(AccountRepository accounts, CountryRepository countries, CountriesTakingPart countriesTakingPart,
			PasswordEncoder passwordEncoder, @Value("${alliance.demo.password:}") String password) {
		if (password.isEmpty()) {
			throw new IllegalStateException(
					"The demo profile needs ALLIANCE_DEMO_PASSWORD: the password of its demo accounts");
		}
		PasswordRules.problemWith("secretariat", password).ifPresent(problem -> {
			throw new IllegalStateException("ALLIANCE_DEMO_PASSWORD is not acceptable (" + problem + "): it needs "
					+ PasswordRules.MINIMUM_LENGTH + " to " + PasswordRules.MAXIMUM_LENGTH + " characters");
		});
		this.accounts = accounts;
		this.countries = countries;
		this.countriesTakingPart = countriesTakingPart;
		this.passwordEncoder = passwordEncoder;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String hash = passwordEncoder.encode(password);
		int created = 0;
		if (!accounts.existsByUsername("secretariat")) {
			accounts.save(Account.secretariat("secretariat", hash));
			created++;
		}
		for (String code : countriesTakingPart.codes()) {
			String username = "focal-" + code.toLowerCase(Locale.ROOT);
			if (!accounts.existsByUsername(username)) {
				accounts.save(Account.focalPoint(username, hash, countries.findById(code).orElseThrow()));
				created++;
			}
		}
		log.info("Demo profile: {} demo accounts created (secretariat and focal-<iso2>), password from "
				+ "ALLIANCE_DEMO_PASSWORD", created);
	}

}
