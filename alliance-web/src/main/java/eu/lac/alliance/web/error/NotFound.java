package eu.lac.alliance.web.error;

/**
 * Something a URL names does not exist (an item, a dialogue, a country): the 404 page,
 * never a 500 ({@link ErrorPages}). Thrown by controllers; the message is for logs only.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + " not found");
	}

}
