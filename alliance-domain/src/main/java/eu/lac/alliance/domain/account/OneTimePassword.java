package eu.lac.alliance.domain.account;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password an admin gives a user (a new account, a reset), shown to the admin once and
 * never stored in clear: typed by the admin, or generated here.
 *
 * @param username whose password it is
 * @param password the password in clear, to pass on to the user
 * @param generated whether the portal made it up (then the page shows it)
 */
public record OneTimePassword(String username, String password, boolean generated) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The admin's password when they typed one, else a random one of 24 characters. */
	static OneTimePassword givenOrGenerated(String username, String given) {
		if (given != null && !given.isBlank()) {
			return new OneTimePassword(username, given, false);
		}
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return new OneTimePassword(username, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
	}

	@Override
	public String toString() {
		return "OneTimePassword[" + username + ", generated=" + generated + "]";
	}

}
