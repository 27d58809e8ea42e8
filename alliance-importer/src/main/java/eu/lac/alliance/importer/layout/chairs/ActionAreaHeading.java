package eu.lac.alliance.importer.layout.chairs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.importer.text.Numbering;

/**
 * An "Action Area II: Policy level" heading, in English, Spanish or Portuguese, wherever
 * the conversion put it: alone on a line, in italics after a repeated page header, or as
 * the label of a row.
 *
 * @param code the numeral as written ("II", "2")
 * @param title the name after the numeral ("Policy level"), possibly empty
 */
record ActionAreaHeading(String code, String title) {

	private static final Pattern HEADING = Pattern
		.compile("(?iu)(?:^|[\\s*_#>|])(?:" + Numbering.words("area") + ")" + "[ \\t\\u00A0]{1,4}(" + Numbering.NUMERAL
				+ ")(?![\\p{L}\\p{N}])[ \\t\\u00A0]{0,4}([:.\\-–—(]|\\*|_|$|(?<=\\s)(?-i:(?=\\p{Lu})))");

	/**
	 * The shorter headings some conclusions use, only at the start of a line or in
	 * emphasis after a page header: "Pillar 1 – Basic skills", "Area II: Digital
	 * identity", "Platform *Pillar 3: Technical level*".
	 */
	private static final Pattern BARE_HEADING = Pattern
		.compile("(?iu)(?:^[\\s*_#>|]*|\\s[*_]{1,2})(?:" + Numbering.words("heading") + ")[ \\t\\u00A0]{1,4}("
				+ Numbering.NUMERAL + ")(?![\\p{L}\\p{N}])[ \\t\\u00A0]{0,4}([:.\\-–—]|\\*|_)");

	private static final int LONGEST_PREFIX = 120;

	private static final int LONGEST_TITLE = 100;

	/**
	 * Whether {@code line} starts with a heading written without "action" ("Pillar 1 –
	 * ...").
	 */
	static boolean bare(String line) {
		return line != null && !HEADING.matcher(line).find() && BARE_HEADING.matcher(line).find();
	}

	/** The heading a line (or a row label) carries, if it is one. */
	static Optional<ActionAreaHeading> in(String line) {
		if (line == null || line.length() > LONGEST_PREFIX + LONGEST_TITLE + 40) {
			return Optional.empty();
		}
		Matcher matcher = HEADING.matcher(line);
		if (!matcher.find() || matcher.start() > LONGEST_PREFIX) {
			matcher = BARE_HEADING.matcher(line);
			if (!matcher.find() || matcher.start() > LONGEST_PREFIX) {
				return Optional.empty();
			}
		}
		String numeral = matcher.group(1);
		String code = numeral.chars().allMatch(Character::isDigit) ? numeral
				: numeral.toUpperCase(java.util.Locale.ROOT);
		String title = ConclusionText.plain(line.substring(matcher.end()).replace('_', ' '));
		title = title.replaceAll("^[\\s:.\\-–—(]+|[\\s:.\\-–—)]+$", "");
		if (title.length() > LONGEST_TITLE || title.contains(". ")) {
			return Optional.empty();
		}
		return Optional.of(new ActionAreaHeading(code, title));
	}

}
