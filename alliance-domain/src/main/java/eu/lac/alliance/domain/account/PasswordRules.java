package eu.lac.alliance.domain.account;

import java.util.Optional;

/**
 * What a password must be before it is hashed: long enough to resist guessing, and not
 * the user name. One rule for first-start, demo, and self-chosen passwords alike.
 */
public final class PasswordRules {

	/** The shortest password accepted. */
	public static final int MINIMUM_LENGTH = 10;

	/** The longest password accepted (bcrypt reads 72 bytes at most). */
	public static final int MAXIMUM_LENGTH = 72;

	private PasswordRules() {
	}

	/**
	 * Why {@code password} is not acceptable for {@code username}, or empty when it is.
	 */
	public static Optional<Problem> problemWith(String username, String password) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (password.length() > MAXIMUM_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
			return Optional.of(Problem.SAME_AS_USERNAME);
		}
		return Optional.empty();
	}

	/**
	 * The ways a password can fail the rules; each has a message key in the web bundles.
	 */
	public enum Problem {

		TOO_SHORT, TOO_LONG, SAME_AS_USERNAME;

		/** The message bundle key that explains this problem. */
		public String messageKey() {
			return "password.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
