package eu.lac.alliance.web.csv;

/**
 * The one rule every CSV export of the portal applies to text cells (the summit report,
 * the audit trail): a spreadsheet shows them, never runs them.
 */
public final class SpreadsheetCell {

	private SpreadsheetCell() {
	}

	/**
	 * {@code text} as a spreadsheet will show it, never run it: one starting with = +
	 * - @, a tab or a carriage return gets a leading apostrophe (OWASP's advice on CSV
	 * injection).
	 */
	public static String neutralised(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

}
