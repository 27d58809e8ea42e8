package eu.lac.alliance.web.error;

/**
 * Reads a numeric id from a URL: anything that is not one names nothing, so it is a 404
 * like an unknown id, never a 400 or a 500.
 */
public final class Ids {

	private Ids() {
	}

	public static long parse(String id, String what) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
			throw new NotFound(what + " " + id);
		}
		return Long.parseLong(id);
	}

}
