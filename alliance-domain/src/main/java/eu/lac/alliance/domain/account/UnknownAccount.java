package eu.lac.alliance.domain.account;

/** An account id that names no account: the 404 page. */
public class UnknownAccount extends RuntimeException {

	public UnknownAccount(long id) {
		super("no account " + id);
	}

}
