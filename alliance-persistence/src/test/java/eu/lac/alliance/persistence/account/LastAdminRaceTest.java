package eu.lac.alliance.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountAdministration;
import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.account.AccountRuleBroken;
import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.persistence.testing.PersistenceTest;

/**
 * The last-admin rule under a race: the only two enabled admins each disable the other at
 * the same moment, in two threads and two transactions released by one latch; exactly one
 * succeeds and one admin stays enabled, as the database holds it. Its own database (the
 * property), with each change committed, since the other thread must see it.
 */
@PersistenceTest
@Import(AccountAdministrationTest.Wiring.class)
@TestPropertySource(properties = "alliance.test.last-admin-race-database=own")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LastAdminRaceTest {

	private static final int ROUNDS = 5;

	@Autowired
	AccountAdministration administration;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoAdminsDisablingEachOtherAtOnceLeaveExactlyOneEnabled() throws Exception {
		long ana = accounts.save(Account.admin("race-ana", "{noop}ana's password")).getId();
		long ben = accounts.save(Account.admin("race-ben", "{noop}ben's password")).getId();
		Actor asAna = new Actor("race-ana", Role.ADMIN, null);
		Actor asBen = new Actor("race-ben", Role.ADMIN, null);
		assertThat(enabledAdmins()).containsExactlyInAnyOrder("race-ana", "race-ben");
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 1; round <= ROUNDS; round++) {
				CountDownLatch start = new CountDownLatch(1);
				Future<Boolean> anaDisablesBen = threads.submit(() -> disables(start, asAna, ben));
				Future<Boolean> benDisablesAna = threads.submit(() -> disables(start, asBen, ana));
				start.countDown();
				boolean anaSucceeded = anaDisablesBen.get(30, TimeUnit.SECONDS);
				boolean benSucceeded = benDisablesAna.get(30, TimeUnit.SECONDS);

				assertThat(anaSucceeded ^ benSucceeded).as("round %d: exactly one succeeds", round).isTrue();
				List<String> enabled = enabledAdmins();
				assertThat(enabled).as("round %d", round).containsExactly(anaSucceeded ? "race-ana" : "race-ben");
				assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'ACCOUNT_DISABLED'",
						Integer.class))
					.as("round %d: one disabling recorded per round", round)
					.isEqualTo(round);
				// the one left re-enables the other for the next round
				if (anaSucceeded) {
					administration.enable(asAna, ben);
				}
				else {
					administration.enable(asBen, ana);
				}
				assertThat(enabledAdmins()).hasSize(2);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * Waits for the latch, then disables; false when the rule refused it as the last
	 * admin.
	 */
	private boolean disables(CountDownLatch start, Actor actor, long account) throws InterruptedException {
		start.await();
		try {
			administration.disable(actor, account);
			return true;
		}
		catch (AccountRuleBroken broken) {
			assertThat(broken.rule()).isEqualTo(AccountRuleBroken.Rule.LAST_ADMIN);
			return false;
		}
	}

	private List<String> enabledAdmins() {
		return jdbc.queryForList("select username from account where role = 'ADMIN' and enabled order by username",
				String.class);
	}

}
