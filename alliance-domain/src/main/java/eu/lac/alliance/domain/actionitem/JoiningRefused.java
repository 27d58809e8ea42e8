package eu.lac.alliance.domain.actionitem;

/**
 * A country may not join an item: the item is not open to members or not active, the
 * country is no member, or it joined already. A failure a focal point can meet, so typed.
 */
public class JoiningRefused extends RuntimeException {

	public JoiningRefused(String message) {
		super(message);
	}

}
