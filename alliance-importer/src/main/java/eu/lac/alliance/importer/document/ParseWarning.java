package eu.lac.alliance.importer.document;

import java.util.Objects;

import eu.lac.alliance.domain.source.LineSpan;

/**
 * Something a parser understood only partly, with the lines it concerns: kept as a record
 * rather than a formatted string so that every warning names its place the same way, and
 * rendered ("line 12: ...") in this one place for the JSON output, the command line and
 * the import report.
 *
 * @param lines the lines the warning is about
 * @param message what was expected and what was found, without the place
 */
public record ParseWarning(LineSpan lines, String message) {

	public ParseWarning {
		Objects.requireNonNull(lines, "lines");
		Objects.requireNonNull(message, "message");
	}

	/** The factory every parser uses: a warning about the given lines. */
	public static ParseWarning at(LineSpan lines, String message) {
		return new ParseWarning(lines, message);
	}

	/**
	 * A warning about one line; a line below 1 (a whole-document warning) is given as
	 * line 1.
	 */
	public static ParseWarning at(int line, String message) {
		return new ParseWarning(LineSpan.of(Math.max(1, line)), message);
	}

	/** The first line, for sorting and for tests. */
	public int line() {
		return lines.first();
	}

	/**
	 * "line 12: expected ..." or "lines 3-5: ...": the only place a warning is formatted.
	 */
	public String rendered() {
		return lines + ": " + message;
	}

	@Override
	public String toString() {
		return rendered();
	}

}
