package eu.lac.alliance.domain.account;

/**
 * Someone who is no admin asked to manage accounts. Rendered as the 403 page; nothing is
 * written. The message is for logs only.
 */
public class AccountRefused extends RuntimeException {

	public AccountRefused(String message) {
		super(message);
	}

}
