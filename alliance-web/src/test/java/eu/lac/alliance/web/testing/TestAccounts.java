package eu.lac.alliance.web.testing;

import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.country.CountryRepository;

/** Creates accounts for tests through the real repository and password encoder. */
@Component
public class TestAccounts {

	/** The password every account made here has. */
	public static final String PASSWORD = "correct horse battery";

	private final AccountRepository accounts;

	private final CountryRepository countries;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transactions;

	public TestAccounts(AccountRepository accounts, CountryRepository countries, PasswordEncoder encoder,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.countries = countries;
		this.encoder = encoder;
		this.transactions = transactions;
	}

	/** A new secretariat account with a unique name. */
	public String secretariat() {
		String name = unique("sec");
		transactions.executeWithoutResult(status -> accounts.save(Account.secretariat(name, encoder.encode(PASSWORD))));
		return name;
	}

	/** A new admin with a unique name. */
	public String admin() {
		String name = unique("adm");
		transactions.executeWithoutResult(status -> accounts.save(Account.admin(name, encoder.encode(PASSWORD))));
		return name;
	}

	/** A new focal point of {@code countryCode} with a unique name. */
	public String focalPoint(String countryCode) {
		String name = unique("fp-" + countryCode.toLowerCase(java.util.Locale.ROOT));
		transactions.executeWithoutResult(status -> accounts
			.save(Account.focalPoint(name, encoder.encode(PASSWORD), countries.findById(countryCode).orElseThrow())));
		return name;
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
