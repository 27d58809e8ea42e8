package eu.lac.alliance.importer.layout.takeaways;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.source.LineSpan;

/**
 * A footnote of the takeaways ("<sup>4</sup> SCALAC Members are: ..."), which is where
 * these documents define their groups, list the civil-society organisations heard and
 * state who joined the Alliance.
 *
 * @param number its marker
 * @param text its plain text
 * @param lines where it stands
 */
record Footnote(String number, String text, LineSpan lines) {

	private static final Pattern SUP = Pattern.compile("^\\s*+<sup>\\s*+(\\d{1,3})\\s*+</sup>\\s*+(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SUPERSCRIPT = Pattern.compile("^\\s*+([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\\s*+(.*)$");

	private static final Pattern MARKDOWN = Pattern.compile("^\\s*+\\[\\^(\\d{1,3})\\]:?\\s*+(.*)$");

	/** The footnote a line starts, if it starts one. */
	static Optional<Footnote> of(String line, int number) {
		for (Pattern pattern : new Pattern[] { SUP, SUPERSCRIPT, MARKDOWN }) {
			Matcher matcher = pattern.matcher(line);
			if (matcher.matches()) {
				return Optional
					.of(new Footnote(matcher.group(1), ProseText.plain(matcher.group(2)), LineSpan.of(number)));
			}
		}
		return Optional.empty();
	}

}
