package eu.lac.alliance.importer.document;

/**
 * The line a parser has reached, kept so that the one place that turns a parser's
 * unexpected exception into a {@link ParseFailure} ({@link LayoutParser#parse}) can name
 * the line it broke on.
 */
public final class ReadingPosition {

	private int line = 1;

	/**
	 * Notes that reading has reached {@code line} (1-based); lines below 1 are ignored.
	 */
	public void at(int line) {
		if (line >= 1) {
			this.line = line;
		}
	}

	/** The last line reached, 1 before any. */
	public int line() {
		return line;
	}

	/**
	 * The refusal an unexpected exception becomes: the file, the line reached, what was
	 * expected and what broke.
	 */
	ParseFailure failure(SourceText text, Layout layout, Throwable broke) {
		int reached = Math.min(line, Math.max(1, text.lineCount()));
		return new ParseFailure(text.fileName(), reached,
				"expected " + layout.format() + " that could be read but found text that broke the reader ("
						+ broke.getClass().getSimpleName()
						+ (broke.getMessage() == null ? "" : ": " + broke.getMessage()) + ")");
	}

}
