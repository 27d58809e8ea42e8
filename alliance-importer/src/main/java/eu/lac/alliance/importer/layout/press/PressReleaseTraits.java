package eu.lac.alliance.importer.layout.press;

import java.util.List;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.text.HtmlText;

/**
 * What makes a text look like a news page about a dialogue, for layout detection: a
 * breadcrumb, the markers news sites put after a story ("SEE ALSO", "MORE STORIES"),
 * datelines, "press release", and paragraphs of reported prose. Tables and Markdown
 * headings belong to conclusion documents and count against.
 */
final class PressReleaseTraits {

	private static final Pattern DATELINE = Pattern.compile("^\\W{0,4}\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d{2}\\s*$");

	private static final Pattern PRESS_WORDING = Pattern
		.compile("(?iu)\\bpress\\s+release\\b|\\bcomunicado\\s+de\\s+prensa\\b"
				+ "|\\bnota\\s+de\\s+prensa\\b|\\bcomunicado\\s+de\\s+imprensa\\b|\\bnews\\s+article\\b");

	private static final Pattern REPORTED = Pattern.compile("(?iu)\\b(?:held|gathered|co-?chaired\\s+by|took\\s+place"
			+ "|brought\\s+together|was\\s+opened\\s+by|se\\s+reunieron|celebr[óo]|reuni[óu])\\b");

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+\\S");

	private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

	private static final Pattern TAB_ROW = Pattern.compile("\\S\\t+\\S|^\\t+\\S");

	private static final int PROSE_WORDS = 25;

	private PressReleaseTraits() {
	}

	static int score(SourceText text) {
		List<String> lines = text.lines();
		boolean breadcrumb = false;
		int storyEnds = 0;
		int datelines = 0;
		int prose = 0;
		int headings = 0;
		int pipeRows = 0;
		int tabRows = 0;
		boolean pressWording = false;
		boolean reported = false;
		// web pages saved as HTML read as their text: "Home &gt; News", "<h2>Related
		// news</h2>"
		List<String> plain = lines.stream().anyMatch(l -> l.indexOf('<') >= 0 || l.indexOf('&') >= 0)
				? HtmlText.linesToText(lines) : lines;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String stripped = plain.get(i).strip();
			if (stripped.isEmpty()) {
				continue;
			}
			if (!breadcrumb && i < 60 && NewsPage.isBreadcrumb(stripped)) {
				breadcrumb = true;
			}
			if (stripped.length() < 40 && NewsPage.STORY_ENDS.contains(NameKey.of(stripped))) {
				storyEnds++;
			}
			if (DATELINE.matcher(stripped).find()) {
				datelines++;
			}
			if (MARKDOWN_HEADING.matcher(line).find()) {
				headings++;
			}
			if (PIPE_ROW.matcher(line).find()) {
				pipeRows++;
			}
			if (TAB_ROW.matcher(line).find()) {
				tabRows++;
			}
			if (stripped.length() > 120 && NewsPage.words(stripped) >= PROSE_WORDS) {
				prose++;
			}
			if (!pressWording && stripped.length() < 2000 && PRESS_WORDING.matcher(stripped).find()) {
				pressWording = true;
			}
			if (!reported && REPORTED.matcher(stripped).find()) {
				reported = true;
			}
		}
		int score = (breadcrumb ? 30 : 0) + Math.min(storyEnds, 2) * 20 + (datelines > 0 ? 10 : 0)
				+ (pressWording ? 20 : 0) + (prose >= 3 ? 20 : prose > 0 ? 10 : 0) + (reported ? 10 : 0);
		score -= Math.min(headings, 2) * 30 + (pipeRows >= 2 ? 50 : 0) + (tabRows >= 2 ? 60 : tabRows * 20);
		return Math.max(0, score);
	}

}
