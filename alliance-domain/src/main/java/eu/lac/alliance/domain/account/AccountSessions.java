package eu.lac.alliance.domain.account;

/**
 * The signed-in sessions of an account, wherever they live: ended when the account is
 * disabled, handed over, given another role or a new password, so that no one keeps
 * rights the account no longer has.
 */
@FunctionalInterface
public interface AccountSessions {

	/** Ends every session of {@code username}; returns how many there were. */
	int endAll(String username);

	/** For processes without sessions (tests of the domain, the command line). */
	static AccountSessions none() {
		return username -> 0;
	}

}
