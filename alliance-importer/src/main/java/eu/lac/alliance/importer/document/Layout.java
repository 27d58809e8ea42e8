package eu.lac.alliance.importer.document;

/**
 * The document layouts the importer understands; {@link #format()} is the name the JSON
 * contract uses.
 */
public enum Layout {

	OPERATIONAL_CONCLUSIONS("operational-conclusions"), CHAIRS_CONCLUSIONS("chairs-conclusions"),
	PRESS_RELEASE("press-release"), OPERATIONAL_TAKEAWAYS("operational-takeaways"), FORUM_SUMMARY("forum-summary"),
	SPREADSHEET_TEMPLATE("spreadsheet-template");

	private final String format;

	Layout(String format) {
		this.format = format;
	}

	public String format() {
		return format;
	}

}
