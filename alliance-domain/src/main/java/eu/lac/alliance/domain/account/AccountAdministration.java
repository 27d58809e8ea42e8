package eu.lac.alliance.domain.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryRepository;

/**
 * Every change admins make to accounts, with its rules checked here whatever a page
 * offered: only an admin manages accounts, the portal always keeps an enabled admin, a
 * focal point has exactly one country, a password an admin gives must be changed at the
 * next sign-in. Each change is recorded in the audit trail and ends the sessions of an
 * account that lost rights, in the same transaction (the persistence module's wiring
 * makes each method one).
 */
public class AccountAdministration {

	private static final String SUBJECT = "account";

	private final AccountRepository accounts;

	private final CountryRepository countries;

	private final PasswordHashing hashing;

	private final AccountSessions sessions;

	private final AuditTrail audit;

	public AccountAdministration(AccountRepository accounts, CountryRepository countries, PasswordHashing hashing,
			AccountSessions sessions, AuditTrail audit) {
		this.accounts = accounts;
		this.countries = countries;
		this.hashing = hashing;
		this.sessions = sessions;
		this.audit = audit;
	}

	/**
	 * Creates an account with a password the admin gave (or a generated one), which its
	 * user must change at the first sign-in.
	 */
	public OneTimePassword create(Actor actor, String username, Role role, String countryCode, String password) {
		requireAdmin(actor);
		String name = validUsername(username);
		if (accounts.existsByUsername(name)) {
			throw new AccountRuleBroken(AccountRuleBroken.Rule.USERNAME_TAKEN, "user name taken: " + name);
		}
		Country country = countryFor(role, countryCode);
		OneTimePassword oneTime = acceptable(name, password);
		Account account = accounts
			.save(Account.withOneTimePassword(name, hashing.hash(oneTime.password()), role, country));
		audit.record(AuditEvent.edit(actor.username(), AuditKind.ACCOUNT_CREATED, SUBJECT, account.getId(),
				"created " + describe(account), null, fields(account)));
		return oneTime;
	}

	/** Disables an account and ends its sessions; its history stays as it was. */
	public void disable(Actor actor, long accountId) {
		requireAdmin(actor);
		Account account = find(accountId);
		if (!account.isEnabled()) {
			return;
		}
		requireAnotherAdmin(account);
		Map<String, String> before = fields(account);
		account.disable();
		audit.record(AuditEvent.edit(actor.username(), AuditKind.ACCOUNT_DISABLED, SUBJECT, account.getId(),
				"disabled " + describe(account), before, fields(account)));
		sessions.endAll(account.getUsername());
	}

	/** Lets a disabled account sign in again. */
	public void enable(Actor actor, long accountId) {
		requireAdmin(actor);
		Account account = find(accountId);
		if (account.isEnabled()) {
			return;
		}
		Map<String, String> before = fields(account);
		account.enable();
		audit.record(AuditEvent.edit(actor.username(), AuditKind.ACCOUNT_ENABLED, SUBJECT, account.getId(),
				"enabled " + describe(account), before, fields(account)));
	}

	/**
	 * Gives an account another role or country; its sessions end, so that the new rights
	 * apply from its next sign-in.
	 */
	public void changeRole(Actor actor, long accountId, Role role, String countryCode) {
		requireAdmin(actor);
		Account account = find(accountId);
		Country country = countryFor(role, countryCode);
		if (account.getRole() == role
				&& java.util.Objects.equals(account.countryCode(), country == null ? null : country.getCode())) {
			return;
		}
		if (account.isAdmin() && role != Role.ADMIN && account.isEnabled()) {
			requireAnotherAdmin(account);
		}
		Map<String, String> before = fields(account);
		account.changeRole(role, country);
		audit.record(AuditEvent.edit(actor.username(), AuditKind.ACCOUNT_CHANGED, SUBJECT, account.getId(),
				"changed " + account.getUsername() + " to " + describeRole(account), before, fields(account)));
		sessions.endAll(account.getUsername());
	}

	/**
	 * Sets a password the admin gave (or a generated one); the user must choose their own
	 * at the next sign-in, and their sessions end now.
	 */
	public OneTimePassword resetPassword(Actor actor, long accountId, String password) {
		requireAdmin(actor);
		Account account = find(accountId);
		OneTimePassword oneTime = acceptable(account.getUsername(), password);
		Map<String, String> before = fields(account);
		account.setOneTimePasswordHash(hashing.hash(oneTime.password()));
		audit.record(AuditEvent.edit(actor.username(), AuditKind.PASSWORD_RESET, SUBJECT, account.getId(),
				"reset the password of " + account.getUsername(), before, fields(account)));
		sessions.endAll(account.getUsername());
		return oneTime;
	}

	/**
	 * A focal point moves on: its account is disabled (what it reported stays under its
	 * name) and the successor for the same country is enabled, or created with a one-time
	 * password.
	 * @return the successor's one-time password when it was created
	 */
	public Optional<OneTimePassword> handOver(Actor actor, long focalPointId, String successorUsername,
			String password) {
		requireAdmin(actor);
		Account leaving = find(focalPointId);
		if (!leaving.isFocalPoint()) {
			throw new AccountRuleBroken(AccountRuleBroken.Rule.NOT_A_FOCAL_POINT,
					leaving.getUsername() + " is no focal point");
		}
		String name = validUsername(successorUsername);
		if (name.equals(leaving.getUsername())) {
			throw new AccountRuleBroken(AccountRuleBroken.Rule.SUCCESSOR_IS_SELF, "hand-over to itself: " + name);
		}
		Optional<Account> existing = accounts.findByUsername(name);
		Optional<OneTimePassword> oneTime = Optional.empty();
		if (existing.isPresent()) {
			Account successor = existing.get();
			if (!successor.isFocalPoint() || !successor.countryCode().equals(leaving.countryCode())) {
				throw new AccountRuleBroken(AccountRuleBroken.Rule.SUCCESSOR_ELSEWHERE,
						name + " is no focal point of " + leaving.countryCode());
			}
			if (!successor.isEnabled()) {
				Map<String, String> before = fields(successor);
				successor.enable();
				audit.record(AuditEvent.edit(actor.username(), AuditKind.ACCOUNT_ENABLED, SUBJECT, successor.getId(),
						"enabled " + describe(successor) + ", successor of " + leaving.getUsername(), before,
						fields(successor)));
			}
		}
		else {
			OneTimePassword given = acceptable(name, password);
			Account successor = accounts.save(Account.withOneTimePassword(name, hashing.hash(given.password()),
					Role.FOCAL_POINT, leaving.getCountry()));
			audit.record(AuditEvent.edit(actor.username(), AuditKind.ACCOUNT_CREATED, SUBJECT, successor.getId(),
					"created " + describe(successor) + ", successor of " + leaving.getUsername(), null,
					fields(successor)));
			oneTime = Optional.of(given);
		}
		if (leaving.isEnabled()) {
			Map<String, String> before = fields(leaving);
			leaving.disable();
			audit.record(AuditEvent.edit(actor.username(), AuditKind.ACCOUNT_DISABLED, SUBJECT, leaving.getId(),
					"disabled " + describe(leaving) + ", handed over to " + name, before, fields(leaving)));
		}
		sessions.endAll(leaving.getUsername());
		return oneTime;
	}

	private static void requireAdmin(Actor actor) {
		if (actor == null || actor.role() != Role.ADMIN) {
			throw new AccountRefused((actor == null ? "nobody" : actor.username()) + " may not manage accounts");
		}
	}

	/** Locks the enabled admins, then refuses if {@code account} is the only one. */
	private void requireAnotherAdmin(Account account) {
		if (!account.isAdmin() || !account.isEnabled()) {
			return;
		}
		boolean another = accounts.findByRoleAndEnabledTrue(Role.ADMIN)
			.stream()
			.anyMatch(admin -> !admin.getId().equals(account.getId()));
		if (!another) {
			throw new AccountRuleBroken(AccountRuleBroken.Rule.LAST_ADMIN,
					account.getUsername() + " is the last enabled admin");
		}
	}

	private Account find(long accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new UnknownAccount(accountId));
	}

	private Country countryFor(Role role, String countryCode) {
		if (role == null) {
			throw new AccountRuleBroken(AccountRuleBroken.Rule.COUNTRY_MISMATCH, "no role");
		}
		boolean hasCountry = countryCode != null && !countryCode.isBlank();
		if ((role == Role.FOCAL_POINT) != hasCountry) {
			throw new AccountRuleBroken(AccountRuleBroken.Rule.COUNTRY_MISMATCH,
					role + (hasCountry ? " with" : " without") + " a country");
		}
		if (!hasCountry) {
			return null;
		}
		return countries.findById(countryCode.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new AccountRuleBroken(AccountRuleBroken.Rule.COUNTRY_UNKNOWN,
					"no such country " + countryCode));
	}

	private static String validUsername(String username) {
		try {
			return Account.normalised(username == null ? "" : username);
		}
		catch (IllegalArgumentException ex) {
			throw new AccountRuleBroken(AccountRuleBroken.Rule.USERNAME_INVALID, ex.getMessage());
		}
	}

	private static OneTimePassword acceptable(String username, String password) {
		OneTimePassword oneTime = OneTimePassword.givenOrGenerated(username, password);
		PasswordRules.problemWith(username, oneTime.password()).ifPresent(problem -> {
			throw new AccountRuleBroken(AccountRuleBroken.Rule.valueOf("PASSWORD_" + problem.name()),
					"password refused for " + username + ": " + problem);
		});
		return oneTime;
	}

	/** What the audit keeps of an account: never its password or hash. */
	private static Map<String, String> fields(Account account) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", account.getUsername());
		fields.put("role", account.getRole().name());
		fields.put("country", account.countryCode() == null ? "" : account.countryCode());
		fields.put("enabled", String.valueOf(account.isEnabled()));
		fields.put("must_change_password", String.valueOf(account.isMustChangePassword()));
		return fields;
	}

	private static String describe(Account account) {
		return account.getUsername() + " (" + describeRole(account) + ")";
	}

	private static String describeRole(Account account) {
		return account.isFocalPoint() ? "focal point of " + account.countryCode()
				: account.getRole().name().toLowerCase(Locale.ROOT);
	}

}
