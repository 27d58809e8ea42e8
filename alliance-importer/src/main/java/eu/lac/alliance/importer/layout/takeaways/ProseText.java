package eu.lac.alliance.importer.layout.takeaways;

import java.util.regex.Pattern;

/**
 * Plain text of the prose around a takeaways table: the conversion leaves Markdown
 * (headings, *emphasis*, [links](#)) and HTML in it, and none of that is part of what the
 * document says.
 */
final class ProseText {

	private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{0,300})\\]\\([^()\\s]{0,500}\\)");

	private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s++|$)");

	private static final Pattern EMPHASIS = Pattern
		.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,3}|_{1,3}(?![\\p{L}\\p{N}])");

	private ProseText() {
	}

	static String plain(String line) {
		if (line == null || line.isBlank()) {
			return "";
		}
		String text = HEADING.matcher(line).replaceFirst("");
		text = LINK.matcher(text).replaceAll("$1");
		text = EMPHASIS.matcher(text).replaceAll("");
		return CellText.line(text);
	}

	/** Whether a line is a Markdown heading. */
	static boolean isHeading(String line) {
		return HEADING.matcher(line).find();
	}

}
