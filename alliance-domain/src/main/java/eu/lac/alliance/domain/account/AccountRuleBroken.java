package eu.lac.alliance.domain.account;

import java.util.Locale;
import java.util.Objects;

/**
 * An account change an admin may ask for but the rules refuse (the last admin disabled, a
 * user name taken, a weak password...): the form shows why, and nothing is written.
 */
public class AccountRuleBroken extends RuntimeException {

	private final Rule rule;

	public AccountRuleBroken(Rule rule, String message) {
		super(message);
		this.rule = Objects.requireNonNull(rule, "rule");
	}

	public Rule rule() {
		return rule;
	}

	/** The rules an account change can break; each has a message key in the bundles. */
	public enum Rule {

		/** The change would leave the portal without an enabled admin. */
		LAST_ADMIN,
		/** Another account has that user name. */
		USERNAME_TAKEN,
		/** Not a valid user name. */
		USERNAME_INVALID,
		/** A focal point needs a country, the other roles none. */
		COUNTRY_MISMATCH,
		/** No such country. */
		COUNTRY_UNKNOWN,
		/** Password too short, too long, or the user name. */
		PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_SAME_AS_USERNAME,
		/** Only a focal point hands over. */
		NOT_A_FOCAL_POINT,
		/** The successor named is an account of another role or country. */
		SUCCESSOR_ELSEWHERE,
		/** An account cannot hand over to itself. */
		SUCCESSOR_IS_SELF;

		/** The message bundle key that explains this rule. */
		public String messageKey() {
			return "accounts.rule." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
