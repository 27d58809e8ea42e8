package eu.lac.alliance.importer.layout.chairs;

import java.util.regex.Pattern;

import eu.lac.alliance.importer.text.HtmlText;

/**
 * Plain text as chairs' conclusions must store it: the PDF-to-text conversion leaves
 * HTML, footnote markers (¹ ² ³, {@code <sup>}), markdown links and emphasis in
 * sentences, and none of it belongs to what the chairs concluded.
 */
final class ConclusionText {

	/** Superscript digits the conversion uses as footnote markers. */
	static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private static final Pattern MARKUP_LEFT = Pattern.compile("<[a-zA-Z/!?]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

	private static final Pattern FOOTNOTE_SUP = Pattern.compile("[\\d\\s,*†‡]{0,12}");

	private ConclusionText() {
	}

	/**
	 * The plain text of a fragment that may hold HTML, markdown links, emphasis and
	 * footnote markers.
	 */
	static String plain(String fragment) {
		if (fragment == null || fragment.isEmpty()) {
			return "";
		}
		String text = fragment;
		for (int pass = 0; pass < 3 && (text.indexOf('<') >= 0 || text.indexOf('&') >= 0); pass++) {
			String before = text;
			text = htmlToText(text);
			if (text.equals(before) || !MARKUP_LEFT.matcher(text).find()) {
				break;
			}
		}
		return squeeze(inline(text));
	}

	/**
	 * Text without markdown links, emphasis, backslash escapes and superscript footnote
	 * markers.
	 */
	static String inline(String text) {
		if (text.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		appendWithoutLinks(text, out);
		StringBuilder clean = new StringBuilder(out.length());
		for (int i = 0; i < out.length(); i++) {
			char c = out.charAt(i);
			if (c == '\\' && i + 1 < out.length() && "()[]*_#.-!`{}+".indexOf(out.charAt(i + 1)) >= 0) {
				clean.append(out.charAt(++i));
			}
			else if (c == '*' || SUPERSCRIPT_DIGITS.indexOf(c) >= 0 || c == '\uE000' || c == '\uE001') {
				continue;
			}
			else {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	/** Whitespace of any kind folded to single spaces, ends trimmed. */
	static String squeeze(String text) {
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	/**
	 * True when the fragment of a {@code <sup>} is a footnote marker rather than an
	 * exponent of prose.
	 */
	static boolean isFootnoteMarker(String supText) {
		return !supText.isBlank() && FOOTNOTE_SUP.matcher(supText).matches();
	}

	private static String htmlToText(String fragment) {
		return HtmlText.toText(fragment, ConclusionText::isFootnoteMarker);
	}

	/**
	 * Copies {@code text}, writing "[words](address)" as "words". A hand-written scan
	 * rather than a regex so that a line full of unmatched brackets still costs one pass.
	 */
	private static void appendWithoutLinks(String text, StringBuilder out) {
		int copied = 0;
		int i = text.indexOf('[');
		while (i >= 0) {
			int close = -1;
			int next = -1;
			for (int j = i + 1; j < text.length(); j++) {
				char c = text.charAt(j);
				if (c == '\\') {
					j++;
				}
				else if (c == '[' || c == '\n') {
					next = c == '[' ? j : text.indexOf('[', j);
					break;
				}
				else if (c == ']') {
					close = j;
					break;
				}
			}
			if (close < 0) {
				if (next < 0) {
					break;
				}
				i = next;
				continue;
			}
			int end = linkAddressEnd(text, close + 1);
			if (end < 0) {
				i = text.indexOf('[', close + 1);
				continue;
			}
			out.append(text, copied, i).append(text, i + 1, close);
			copied = end;
			i = text.indexOf('[', end);
		}
		out.append(text, copied, text.length());
	}

	/**
	 * The index after ")" of a link address starting at {@code open}, or -1 when none
	 * starts there.
	 */
	private static int linkAddressEnd(String text, int open) {
		if (open >= text.length() || text.charAt(open) != '(') {
			return -1;
		}
		for (int j = open + 1; j < text.length(); j++) {
			char c = text.charAt(j);
			if (c == ')') {
				return j + 1;
			}
			if (Character.isWhitespace(c)) {
				return -1;
			}
		}
		return -1;
	}

}
