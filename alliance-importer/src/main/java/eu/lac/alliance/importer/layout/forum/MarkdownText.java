package eu.lac.alliance.importer.layout.forum;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.text.HtmlText;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Plain text and source lines of Markdown nodes. Emphasis and links give their words,
 * inline HTML and HTML blocks give nothing (the words inside an inline {@code <script>}
 * included), and whatever markup the Markdown escaped is reduced by {@link HtmlText}, so
 * no markup ever reaches a result.
 */
final class MarkdownText {

	private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

	private MarkdownText() {
	}

	/** The words of a node on one line: line breaks become spaces. */
	static String of(Node node) {
		return clean(collect(node, false), false);
	}

	/**
	 * The words of a node keeping its line breaks, for "**Date**: ..." fields written on
	 * consecutive lines.
	 */
	static String withLineBreaks(Node node) {
		return clean(collect(node, true), true);
	}

	/**
	 * The first and last source line of a node, or null when the parser gave it no source
	 * position.
	 */
	static LineSpan lines(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		if (spans == null || spans.isEmpty()) {
			return null;
		}
		int first = spans.get(0).getLineIndex() + 1;
		int last = spans.get(spans.size() - 1).getLineIndex() + 1;
		return new LineSpan(first, Math.max(first, last));
	}

	private static String collect(Node node, boolean keepBreaks) {
		StringBuilder out = new StringBuilder();
		append(node, out, keepBreaks, new boolean[1]);
		return out.toString();
	}

	private static void append(Node node, StringBuilder out, boolean keepBreaks, boolean[] inScript) {
		if (node instanceof Text text) {
			if (!inScript[0]) {
				out.append(text.getLiteral());
			}
		}
		else if (node instanceof Code code) {
			if (!inScript[0]) {
				out.append(code.getLiteral());
			}
		}
		else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
			out.append(keepBreaks ? '\n' : ' ');
		}
		else if (node instanceof HtmlInline html) {
			String tag = html.getLiteral().toLowerCase(Locale.ROOT);
			if (tag.startsWith("<script") || tag.startsWith("<style")) {
				inScript[0] = true;
			}
			else if (tag.startsWith("</script") || tag.startsWith("</style")) {
				inScript[0] = false;
			}
			else if (tag.startsWith("<br")) {
				out.append(' ');
			}
		}
		else if (node instanceof HtmlBlock || node instanceof Image) {
			return;
		}
		else {
			boolean block = node instanceof Paragraph || node instanceof ListBlock;
			if (block && !out.isEmpty()) {
				out.append(keepBreaks ? '\n' : ' ');
			}
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				append(child, out, keepBreaks, inScript);
			}
		}
	}

	private static String clean(String text, boolean keepBreaks) {
		if (!keepBreaks) {
			return HtmlText.toText(text);
		}
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			String plain = line.indexOf('<') >= 0 || line.indexOf('&') >= 0 ? HtmlText.toText(line)
					: SPACES.matcher(line).replaceAll(" ").strip();
			if (!plain.isEmpty()) {
				if (!out.isEmpty()) {
					out.append('\n');
				}
				out.append(plain);
			}
		}
		return out.toString();
	}

}
