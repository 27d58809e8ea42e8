package eu.lac.alliance.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountAdministration;
import eu.lac.alliance.domain.account.AccountRefused;
import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.account.AccountRuleBroken;
import eu.lac.alliance.domain.account.AccountSessions;
import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.OneTimePassword;
import eu.lac.alliance.domain.account.PasswordHashing;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.persistence.testing.PersistenceTest;

/**
 * The account rules where the change happens, counted in what the database holds: only an
 * admin manages accounts, the last enabled admin stays, a password an admin gives must be
 * changed, a hand-over disables the leaving focal point, and every change is in the audit
 * trail and ends the sessions of the account that lost rights.
 */
@PersistenceTest
@Import(AccountAdministrationTest.Wiring.class)
class AccountAdministrationTest {

	static final Actor ADMIN = new Actor("root-admin", Role.ADMIN, null);

	/**
	 * The web module's ports, imported only here: not annotated, so that the component
	 * scan of an application with this test jar on its class path never finds it.
	 */
	static class Wiring {

		/**
		 * Sessions ended, by user name, as the web module's Spring Session port would.
		 */
		static final List<String> ENDED = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Bean
		PasswordHashing passwordHashing() {
			return password -> "{noop}" + password;
		}

		@Bean
		AccountSessions accountSessions() {
			return username -> {
				ENDED.add(username);
				return 1;
			};
		}

	}

	@Autowired
	AccountAdministration administration;

	@Autowired
	AccountRepository accounts;

	@Autowired
	CountryRepository countries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestEntityManager entityManager;

	private long admin;

	@BeforeEach
	void oneAdmin() {
		Wiring.ENDED.clear();
		admin = accounts.save(Account.admin("root-admin", "{noop}admin password")).getId();
	}

	@Test
	void theLastEnabledAdminCanBeNeitherDisabledNorDemotedAndNothingIsWritten() {
		String before = writes();

		assertThatThrownBy(() -> administration.disable(ADMIN, admin)).isInstanceOf(AccountRuleBroken.class)
			.extracting(ex -> ((AccountRuleBroken) ex).rule())
			.isEqualTo(AccountRuleBroken.Rule.LAST_ADMIN);
		assertThatThrownBy(() -> administration.changeRole(ADMIN, admin, Role.SECRETARIAT, null))
			.isInstanceOf(AccountRuleBroken.class)
			.extracting(ex -> ((AccountRuleBroken) ex).rule())
			.isEqualTo(AccountRuleBroken.Rule.LAST_ADMIN);

		assertThat(writes()).isEqualTo(before);
		assertThat(flushed().queryForObject("select enabled from account where id = ?", Boolean.class, admin)).isTrue();
		assertThat(Wiring.ENDED).isEmpty();
	}

	@Test
	void withASecondEnabledAdminTheFirstCanBeDisabledAndLosesItsSessions() {
		OneTimePassword second = administration.create(ADMIN, "second-admin", Role.ADMIN, null, null);
		assertThat(second.generated()).isTrue();
		assertThat(second.password()).hasSize(24);

		administration.disable(ADMIN, admin);

		assertThat(flushed().queryForObject("select enabled from account where id = ?", Boolean.class, admin))
			.isFalse();
		assertThat(Wiring.ENDED).containsExactly("root-admin");
		long secondId = flushed().queryForObject("select id from account where username = 'second-admin'", Long.class);
		assertThatThrownBy(() -> administration.disable(new Actor("second-admin", Role.ADMIN, null), secondId))
			.as("now the second is the last enabled admin")
			.isInstanceOf(AccountRuleBroken.class);
	}

	@Test
	void aNewAccountKeepsOnlyTheHashAndMustChooseItsPassword() {
		OneTimePassword given = administration.create(ADMIN, "Focal-CL-2", Role.FOCAL_POINT, "cl",
				"a password of ours");

		Map<String, Object> row = flushed().queryForMap(
				"select username, role, country_code, enabled, must_change_password, password_hash from account "
						+ "where username = 'focal-cl-2'");
		assertThat(given).isEqualTo(new OneTimePassword("focal-cl-2", "a password of ours", false));
		assertThat(row).containsEntry("role", "FOCAL_POINT")
			.containsEntry("country_code", "CL")
			.containsEntry("enabled", true)
			.containsEntry("must_change_password", true)
			.containsEntry("password_hash", "{noop}a password of ours");
		Map<String, Object> event = flushed().queryForMap("""
				select actor, kind, subject_type, subject_id, after_state ->> 'role' as role,
				       after_state ->> 'country' as country, after_state::text as after
				from audit_event where kind = 'ACCOUNT_CREATED'""");
		assertThat(event).containsEntry("actor", "root-admin")
			.containsEntry("subject_type", "account")
			.containsEntry("role", "FOCAL_POINT")
			.containsEntry("country", "CL");
		assertThat((String) event.get("after")).as("the audit never holds a password or its hash")
			.doesNotContain("password of ours")
			.doesNotContain("{noop}");
	}

	@Test
	void eachBrokenRuleIsNamedAndWritesNothing() {
		administration.create(ADMIN, "taken", Role.SECRETARIAT, null, "long enough password");
		String before = writes();

		assertRule(() -> administration.create(ADMIN, "taken", Role.SECRETARIAT, null, null),
				AccountRuleBroken.Rule.USERNAME_TAKEN);
		assertRule(() -> administration.create(ADMIN, "<b>x</b>", Role.SECRETARIAT, null, null),
				AccountRuleBroken.Rule.USERNAME_INVALID);
		assertRule(() -> administration.create(ADMIN, "focal-xx", Role.FOCAL_POINT, null, null),
				AccountRuleBroken.Rule.COUNTRY_MISMATCH);
		assertRule(() -> administration.create(ADMIN, "sec-cl", Role.SECRETARIAT, "CL", null),
				AccountRuleBroken.Rule.COUNTRY_MISMATCH);
		assertRule(() -> administration.create(ADMIN, "focal-zz", Role.FOCAL_POINT, "ZZ", null),
				AccountRuleBroken.Rule.COUNTRY_UNKNOWN);
		assertRule(() -> administration.create(ADMIN, "short-one", Role.SECRETARIAT, null, "short"),
				AccountRuleBroken.Rule.PASSWORD_TOO_SHORT);
		assertRule(() -> administration.create(ADMIN, "same-as-name", Role.SECRETARIAT, null, "same-as-name"),
				AccountRuleBroken.Rule.PASSWORD_SAME_AS_USERNAME);

		assertThat(writes()).isEqualTo(before);
	}

	@Test
	void onlyAnAdminManagesAccounts() {
		long focal = accounts.save(Account.focalPoint("focal-mx", "{noop}x", countries.findById("MX").orElseThrow()))
			.getId();
		String before = writes();
		for (Actor someone : List.of(new Actor("sec", Role.SECRETARIAT, null),
				new Actor("focal-mx", Role.FOCAL_POINT, "MX"))) {
			assertThatThrownBy(() -> administration.create(someone, "new-one", Role.ADMIN, null, null))
				.isInstanceOf(AccountRefused.class);
			assertThatThrownBy(() -> administration.disable(someone, focal)).isInstanceOf(AccountRefused.class);
			assertThatThrownBy(() -> administration.enable(someone, focal)).isInstanceOf(AccountRefused.class);
			assertThatThrownBy(() -> administration.changeRole(someone, focal, Role.ADMIN, null))
				.isInstanceOf(AccountRefused.class);
			assertThatThrownBy(() -> administration.resetPassword(someone, focal, null))
				.isInstanceOf(AccountRefused.class);
			assertThatThrownBy(() -> administration.handOver(someone, focal, "focal-mx-2", null))
				.isInstanceOf(AccountRefused.class);
		}
		assertThat(writes()).isEqualTo(before);
	}

	@Test
	void aResetSetsAOneTimePasswordAndEndsTheSessions() {
		long focal = accounts.save(Account.focalPoint("focal-mx", "{noop}x", countries.findById("MX").orElseThrow()))
			.getId();

		OneTimePassword reset = administration.resetPassword(ADMIN, focal, "");

		assertThat(reset.generated()).isTrue();
		assertThat(flushed().queryForMap("select password_hash, must_change_password from account where id = ?", focal))
			.containsEntry("password_hash", "{noop}" + reset.password())
			.containsEntry("must_change_password", true);
		assertThat(Wiring.ENDED).containsExactly("focal-mx");
		assertThat(flushed().queryForObject(
				"select count(*) from audit_event where kind = 'PASSWORD_RESET' and subject_id = ?", Long.class, focal))
			.isOne();
	}

	@Test
	void aHandOverDisablesTheLeavingFocalPointAndCreatesItsSuccessorForTheSameCountry() {
		long leaving = accounts.save(Account.focalPoint("focal-mx", "{noop}x", countries.findById("MX").orElseThrow()))
			.getId();

		Optional<OneTimePassword> successor = administration.handOver(ADMIN, leaving, "focal-mx-new", null);

		assertThat(successor).isPresent();
		assertThat(flushed().queryForList("select username || ' ' || enabled || ' ' || country_code from account "
				+ "where country_code = 'MX' order by username", String.class))
			.containsExactly("focal-mx false MX", "focal-mx-new true MX");
		assertThat(flushed().queryForList(
				"select kind from audit_event where kind in ('ACCOUNT_CREATED', 'ACCOUNT_DISABLED') order by id",
				String.class))
			.containsExactly("ACCOUNT_CREATED", "ACCOUNT_DISABLED");
		assertThat(Wiring.ENDED).containsExactly("focal-mx");

		long brazil = accounts.save(Account.focalPoint("focal-br", "{noop}x", countries.findById("BR").orElseThrow()))
			.getId();
		assertRule(() -> administration.handOver(ADMIN, brazil, "focal-mx-new", null),
				AccountRuleBroken.Rule.SUCCESSOR_ELSEWHERE);
		assertRule(() -> administration.handOver(ADMIN, admin, "someone-else", null),
				AccountRuleBroken.Rule.NOT_A_FOCAL_POINT);
	}

	@Test
	void aHandOverToAnExistingDisabledFocalPointOfTheCountryEnablesItWithoutANewPassword() {
		long leaving = accounts.save(Account.focalPoint("focal-mx", "{noop}x", countries.findById("MX").orElseThrow()))
			.getId();
		Account earlier = Account.focalPoint("focal-mx-old", "{noop}y", countries.findById("MX").orElseThrow());
		earlier.disable();
		accounts.save(earlier);

		assertThat(administration.handOver(ADMIN, leaving, "focal-mx-old", null)).isEmpty();

		assertThat(flushed().queryForList("select username from account where country_code = 'MX' and enabled",
				String.class))
			.containsExactly("focal-mx-old");
	}

	@Test
	void aRoleChangeIsAnEditWithItsFieldsBeforeAndAfter() {
		long focal = accounts.save(Account.focalPoint("focal-mx", "{noop}x", countries.findById("MX").orElseThrow()))
			.getId();

		administration.changeRole(ADMIN, focal, Role.SECRETARIAT, "");

		assertThat(flushed().queryForMap("""
				select before_state ->> 'role' as role_before, before_state ->> 'country' as country_before,
				       after_state ->> 'role' as role_after, after_state ->> 'country' as country_after
				from audit_event where kind = 'ACCOUNT_CHANGED' and subject_id = ?""", focal))
			.containsEntry("role_before", "FOCAL_POINT")
			.containsEntry("country_before", "MX")
			.containsEntry("role_after", "SECRETARIAT")
			.containsEntry("country_after", "");
		assertThat(Wiring.ENDED).containsExactly("focal-mx");
	}

	/** The database as the next transaction will see it: Hibernate's changes flushed. */
	private JdbcTemplate flushed() {
		entityManager.flush();
		return jdbc;
	}

	private static void assertRule(Runnable change, AccountRuleBroken.Rule rule) {
		assertThatThrownBy(change::run).isInstanceOf(AccountRuleBroken.class)
			.extracting(ex -> ((AccountRuleBroken) ex).rule())
			.isEqualTo(rule);
	}

	/** The rows of the tables account changes write, as one comparable text. */
	private String writes() {
		return flushed()
			.queryForObject("select (select count(*) from account) || '/' || (select count(*) from audit_event) "
					+ "|| '/' || (select string_agg(username || enabled || role || coalesce(country_code, '') "
					+ "|| must_change_password, ',' order by id) from account)", String.class);
	}

}
