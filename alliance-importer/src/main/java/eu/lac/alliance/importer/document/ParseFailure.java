package eu.lac.alliance.importer.document;

/**
 * A document the importer could not understand. The message names the file and the line,
 * and says what was expected and what was found, so an admin can fix the document rather
 * than guess.
 */
public class ParseFailure extends RuntimeException {

	private final String fileName;

	private final int line;

	public ParseFailure(String fileName, int line, String problem) {
		super(fileName + (line > 0 ? ", line " + line : "") + ": " + problem);
		this.fileName = fileName;
		this.line = line;
	}

	/** The file that could not be understood. */
	public String fileName() {
		return fileName;
	}

	/** The line it stopped at (1-based), or 0 when the problem is the file as a whole. */
	public int line() {
		return line;
	}

}
