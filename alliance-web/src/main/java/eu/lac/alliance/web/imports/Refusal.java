package eu.lac.alliance.web.imports;

/**
 * Why an uploaded file was not previewed, as the page says it: the file's name, the kind
 * of problem (a message key) and the importer's own words (which name the line).
 *
 * @param fileName the file
 * @param kind EMPTY, BINARY, UNKNOWN_LAYOUT, TOO_LARGE or UNREADABLE
 * @param detail the importer's explanation, or null
 */
record Refusal(String fileName, String kind, String detail) {

	static Refusal of(String fileName, String importerMessage) {
		String message = importerMessage == null ? "" : importerMessage;
		String kind;
		if (message.contains("known layouts")) {
			kind = "UNKNOWN_LAYOUT";
		}
		else if (message.contains("file is empty")) {
			kind = "EMPTY";
		}
		else if (message.contains("binary data")) {
			kind = "BINARY";
		}
		else {
			kind = "UNREADABLE";
		}
		return new Refusal(fileName, kind, message.isEmpty() ? null : message);
	}

	boolean unknownLayout() {
		return "UNKNOWN_LAYOUT".equals(kind);
	}

}
