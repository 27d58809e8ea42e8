package eu.lac.alliance.domain.correction;

/**
 * A correction that would break one of the record's rules (a code another item of the
 * dialogue has, a parent below the item itself, a blank title): names the form field so
 * the page can show the reason beside it. Nothing is written.
 */
public class InvalidCorrection extends RuntimeException {

	private final String field;

	public InvalidCorrection(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The form field at fault ({@code code}, {@code participants[2].agencies}, ...). */
	public String field() {
		return field;
	}

}
