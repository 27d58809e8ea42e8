package eu.lac.alliance.domain.progress;

/** An id that names no item or update: the 404 page, never a 500. */
public class UnknownEntry extends RuntimeException {

	public UnknownEntry(String what) {
		super(what + " not found");
	}

}
