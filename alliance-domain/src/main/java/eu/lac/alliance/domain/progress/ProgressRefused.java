package eu.lac.alliance.domain.progress;

/**
 * An account asked for a change to the progress log it may not make (a focal point
 * writing for another country, on an item its country has no part in, or reviewing).
 * Rendered as the 403 page; nothing is written. The message is for logs only.
 */
public class ProgressRefused extends RuntimeException {

	public ProgressRefused(String message) {
		super(message);
	}

}
