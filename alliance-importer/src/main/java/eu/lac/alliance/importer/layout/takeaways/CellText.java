package eu.lac.alliance.importer.layout.takeaways;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import eu.lac.alliance.importer.text.HtmlText;

/**
 * The text of one table cell, which the conversion leaves as HTML ({@code
 *
<ul>
 *
<li>• ...</li>
 *
</ul>
 * }, {@code <b>}, {@code <sup>4</sup>}): cut into its paragraphs and list items so that a
 * description keeps one line per item, with bullets, footnote markers and every tag
 * (scripts included) gone.
 */
final class CellText {

	private static final Pattern FOOTNOTE_MARK = Pattern.compile("<sup>[\\s\\d,*]{0,12}</sup>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]|&[a-zA-Z#][a-zA-Z0-9]{1,8};");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

	private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ++(?=[,;:!?.](?:\\s|$))");

	private static final String BULLETS = "•◦▪▫●○■□·‣⁃";

	private static final String DASHES = "-–—*";

	private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private CellText() {
	}

	/**
	 * The paragraphs and list items of a cell, in order, each on its own and none empty.
	 */
	static List<String> blocks(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		String html = cell.indexOf('<') >= 0 ? FOOTNOTE_MARK.matcher(cell).replaceAll(" ") : cell;
		List<String> blocks;
		if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
			// plain text needs no HTML parser: one block, spaces folded
			blocks = new ArrayList<>();
			flush(new StringBuilder(html), blocks);
		}
		else {
			blocks = toBlocks(html);
		}
		for (int pass = 0; pass < 2 && blocks.stream().anyMatch(b -> MARKUP.matcher(b).find()); pass++) {
			// markup that arrived escaped ("&lt;script&gt;") is markup all the same
			blocks = toBlocks(String.join("<br>", blocks));
		}
		List<String> clean = new ArrayList<>();
		for (String block : blocks) {
			String text = withoutBullet(withoutSuperscripts(block));
			if (!text.isEmpty()) {
				clean.add(text);
			}
		}
		return clean;
	}

	/** The whole cell as one line of text. */
	static String line(String cell) {
		return String.join(" ", blocks(cell));
	}

	/**
	 * Appends the blocks of a cell that continues another across a page break: the first
	 * continuing block joins the last one when that one stops mid-sentence or the
	 * continuation starts in lower case.
	 */
	static void continueWith(List<String> blocks, List<String> continuation) {
		for (int i = 0; i < continuation.size(); i++) {
			String block = continuation.get(i);
			if (blocks.isEmpty()) {
				blocks.add(block);
				continue;
			}
			String last = blocks.get(blocks.size() - 1);
			if (i == 0 && (stopsMidSentence(last) || startsInLowerCase(block))) {
				blocks.set(blocks.size() - 1, last + " " + block);
			}
			else {
				blocks.add(block);
			}
		}
	}

	static boolean stopsMidSentence(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		return ".!?:;)\"'”’".indexOf(last) < 0;
	}

	static boolean startsInLowerCase(String text) {
		for (int i = 0; i < text.length(); i++) {
			int c = text.codePointAt(i);
			if (Character.isLetter(c)) {
				return Character.isLowerCase(c);
			}
			if (Character.isDigit(c)) {
				return false;
			}
		}
		return false;
	}

	private static List<String> toBlocks(String html) {
		List<String> blocks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		HtmlText.walk(html, sup -> false, new HtmlText.BlockListener() {

			@Override
			public void text(String text) {
				current.append(text);
			}

			@Override
			public void blockOpens(String tag) {
				flush(current, blocks);
			}

			@Override
			public void blockCloses(String tag) {
				flush(current, blocks);
			}

		});
		flush(current, blocks);
		return blocks;
	}

	private static void flush(StringBuilder current, List<String> blocks) {
		String text = SPACES.matcher(current).replaceAll(" ").strip();
		text = SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("");
		if (!text.isEmpty()) {
			blocks.add(text);
		}
		current.setLength(0);
	}

	/**
	 * A leading "•" is always a bullet; a dash or star only when a space follows ("-5%"
	 * stays).
	 */
	static String withoutBullet(String block) {
		int i = 0;
		while (i < block.length()) {
			char c = block.charAt(i);
			if (BULLETS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
				i++;
			}
			else if (DASHES.indexOf(c) >= 0 && i + 1 < block.length() && Character.isWhitespace(block.charAt(i + 1))) {
				i += 2;
			}
			else {
				break;
			}
		}
		return block.substring(i).strip();
	}

	private static String withoutSuperscripts(String block) {
		StringBuilder out = new StringBuilder(block.length());
		for (int i = 0; i < block.length(); i++) {
			char c = block.charAt(i);
			if (SUPERSCRIPT_DIGITS.indexOf(c) < 0) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
