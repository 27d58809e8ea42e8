package eu.lac.alliance.domain.correction;

/**
 * Someone who is neither admin nor secretariat asked to correct a record: the 403 page,
 * nothing written. The message is for logs only.
 */
public class CorrectionRefused extends RuntimeException {

	public CorrectionRefused(String message) {
		super(message);
	}

}
