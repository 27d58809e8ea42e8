package eu.lac.alliance.importer.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces HTML fragments that documents carry inside their text ({@code <ol>}, {@code <b>},
 * {@code &amp;}) to plain text with jsoup, so that nothing from a document is ever kept as markup.
 */
public final class HtmlText {

	private HtmlText() {
	}

	/** The text of a fragment: tags dropped, entities decoded, scripts and styles removed, spaces folded. */
	public static String toText(String fragment) {
		if (fragment == null || fragment.isEmpty()) {
			return "";
		}
		Document document = Jsoup.parseBodyFragment(fragment);
		document.select("script, style, noscript, template").remove();
		Element body = document.body();
		return body.text().strip();
	}

}
