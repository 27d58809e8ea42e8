package eu.lac.alliance.web.error;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something a URL names does not exist (an item, a dialogue, a country): the 404 page,
 * never a 500. Thrown by read models and controllers alike; the message is for logs only.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + " not found");
	}

}
