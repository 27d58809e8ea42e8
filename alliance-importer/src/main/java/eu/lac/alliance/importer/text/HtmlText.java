package eu.lac.alliance.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces HTML fragments that documents carry inside their text ({@code
 *
<ol>
 * }, {@code <b>}, {@code &amp;}) to plain text with jsoup, so that nothing from a
 * document is ever kept as markup. The only class that calls jsoup on a document's text:
 * what is removed (scripts, styles, embedded objects) and what counts as a block is
 * decided here once for every layout.
 */
public final class HtmlText {

	/** Elements whose content is never text of the document. */
	private static final String UNSAFE = "script, style, noscript, template, iframe, object, embed";

	/** Elements that start a new block of text (a paragraph, a list item, a cell). */
	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ol", "ul", "h1", "h2", "h3", "h4", "h5",
			"h6", "tr", "td", "th", "table", "blockquote", "section", "dd", "dt", "dl", "hr");

	/**
	 * What a walk through a fragment reports, in document order: its text, and where
	 * blocks ({@code p}, {@code li}, {@code ol}, {@code br}, ...) open and close.
	 */
	public interface BlockListener {

		void text(String text);

		void blockOpens(String tag);

		void blockCloses(String tag);

	}

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

	/**
	 * The text of a fragment as {@link #toText}, also without the superscripts
	 * {@code dropSuperscript} accepts (footnote markers), in one pass.
	 */
	public static String toText(String fragment, Predicate<String> dropSuperscript) {
		return parsed(fragment, dropSuperscript).text();
	}

	/**
	 * Walks a fragment, telling {@code listener} its text and its blocks, without unsafe
	 * elements and without the superscripts {@code dropSuperscript} accepts.
	 */
	public static void walk(String fragment, Predicate<String> dropSuperscript, BlockListener listener) {
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					listener.text(text.getWholeText());
				}
				else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					listener.blockOpens(element.normalName());
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					listener.blockCloses(element.normalName());
				}
			}

		}, parsed(fragment, dropSuperscript));
	}

	private static Element parsed(String fragment, Predicate<String> dropSuperscript) {
		Document document = Jsoup.parseBodyFragment(fragment);
		document.select(UNSAFE).remove();
		if (indexOfIgnoringCase(fragment, "<sup") >= 0) {
			document.select("sup").forEach(sup -> {
				if (dropSuperscript.test(sup.text())) {
					sup.remove();
				}
			});
		}
		return document.body();
	}

	/**
	 * Where {@code part} (lower case) first occurs in {@code text} whatever its case, or
	 * -1.
	 */
	private static int indexOfIgnoringCase(String text, String part) {
		for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
			if (text.regionMatches(true, at, part, 0, part.length())) {
				return at;
			}
		}
		return -1;
	}

	private static String onePass(String fragment) {
		return parsed(fragment, sup -> false).text().strip();
	}

}
