package eu.lac.alliance.importer.imports;

import eu.lac.alliance.importer.document.ParseFailure;

/**
 * An upload the importer refused: nothing was written. Carries the file and line so the
 * page can say exactly what to fix.
 */
public class ImportRejected extends RuntimeException {

	private final String fileName;

	private final int line;

	public ImportRejected(ParseFailure cause) {
		super(cause.getMessage(), cause);
		this.fileName = cause.fileName();
		this.line = cause.line();
	}

	public ImportRejected(String fileName, int line, String message, Throwable cause) {
		super(message, cause);
		this.fileName = fileName;
		this.line = line;
	}

	public String fileName() {
		return fileName;
	}

	/**
	 * The line (1-based) the importer stopped at, or 0 when the problem is the file as a
	 * whole.
	 */
	public int line() {
		return line;
	}

}
