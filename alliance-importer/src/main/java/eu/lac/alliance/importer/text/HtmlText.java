package eu.lac.alliance.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces HTML fragments that documents carry inside their text ({@code
 *
<ol>
 * }, {@code <b>}, {@code &amp;}) to plain text with jsoup, so that nothing from a
 * document is ever kept as markup.
 */
public final class HtmlText {

	/**
	 * What is left looking like a tag after one pass: escaped markup such as
	 * {@code &lt;b&gt;}.
	 */
	private static final Pattern MARKUP_LEFT = Pattern.compile("<[a-zA-Z/!?]");

	private static final Pattern PLAIN_SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

	private static final int MOST_PASSES = 3;

	private HtmlText() {
	}

	/**
	 * The text of a fragment: tags dropped, entities decoded, scripts and styles removed,
	 * spaces folded. Markup that was escaped once ({@code &lt;script&gt;}) is removed
	 * too.
	 */
	public static String toText(String fragment) {
		if (fragment == null || fragment.isEmpty()) {
			return "";
		}
		if (fragment.indexOf('<') < 0 && fragment.indexOf('&') < 0) {
			return PLAIN_SPACES.matcher(fragment).replaceAll(" ").strip();
		}
		String text = onePass(fragment);
		for (int pass = 1; pass < MOST_PASSES && MARKUP_LEFT.matcher(text).find(); pass++) {
			String before = text;
			text = onePass(text);
			if (text.equals(before)) {
				break;
			}
		}
		return text;
	}

	/**
	 * The text of each line, keeping the line count: tags and entities as
	 * {@link #toText}, and the lines inside a {@code <script>}, {@code <style>} or
	 * comment that spans several lines emptied, so that no script survives as text and
	 * line numbers still point at the source.
	 */
	public static List<String> linesToText(List<String> lines) {
		List<String> plain = new ArrayList<>(lines.size());
		String openBlock = null;
		for (String line : lines) {
			String rest = line;
			StringBuilder kept = new StringBuilder();
			while (!rest.isEmpty()) {
				if (openBlock != null) {
					int close = rest.toLowerCase(Locale.ROOT).indexOf(openBlock);
					if (close < 0) {
						rest = "";
						break;
					}
					rest = rest.substring(close + openBlock.length());
					openBlock = null;
					continue;
				}
				String lower = rest.toLowerCase(Locale.ROOT);
				int script = blockStart(lower, "<script", "</script>");
				int style = blockStart(lower, "<style", "</style>");
				int comment = lower.indexOf("<!--") >= 0 && lower.indexOf("-->", lower.indexOf("<!--")) < 0
						? lower.indexOf("<!--") : -1;
				int start = firstOf(script, style, comment);
				if (start < 0) {
					kept.append(rest);
					rest = "";
				}
				else {
					kept.append(rest, 0, start);
					openBlock = start == script ? "</script>" : start == style ? "</style>" : "-->";
					rest = "";
				}
			}
			plain.add(toText(kept.toString()));
		}
		return plain;
	}

	/** Where a block that does not close on this line opens, or -1. */
	private static int blockStart(String lower, String open, String close) {
		int last = lower.lastIndexOf(open);
		if (last < 0) {
			return -1;
		}
		return lower.indexOf(close, last) < 0 ? last : -1;
	}

	private static int firstOf(int... positions) {
		int first = -1;
		for (int position : positions) {
			if (position >= 0 && (first < 0 || position < first)) {
				first = position;
			}
		}
		return first;
	}

	private static String onePass(String fragment) {
		Document document = Jsoup.parseBodyFragment(fragment);
		document.select("script, style, noscript, template").remove();
		Element body = document.body();
		return body.text().strip();
	}

}
