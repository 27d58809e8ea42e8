package eu.lac.alliance.importer.layout.press;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.text.HtmlText;
import eu.lac.alliance.importer.text.Sentences;

/**
 * The story of a news web page without the page around it: site navigation and the
 * breadcrumb above the headline, and "SEE ALSO", "MORE STORIES" and the footer below the
 * story, are cut away, so that no date or place of an unrelated story can be taken for
 * the dialogue's. The story's lines are plain text (no HTML, no Markdown emphasis) and
 * joined into one body whose offsets map back to lines.
 */
final class NewsPage {

	/** Lines that end the story on news sites, folded as {@link NameKey} folds them. */
	static final Set<String> STORY_ENDS = Set.of("see also", "more stories", "story", "stories", "related",
			"related stories", "related articles", "related news", "related content", "related links", "read more",
			"read also", "more news", "latest news", "latest stories", "european union websites", "share this page",
			"share", "tags", "ver tambien", "mas noticias", "noticias relacionadas", "articulos relacionados",
			"leer mas", "lea tambien", "otras noticias", "veja tambem", "mais noticias", "leia mais", "leia tambem",
			"for more information", "more information", "further information", "press contacts", "press contact",
			"media contacts", "media contact", "contacts", "contact", "contacts for the media", "print friendly pdf",
			"related documents", "related topics", "related links and documents", "para mas informacion",
			"mas informacion", "contactos de prensa", "contacto de prensa", "contactos", "para mais informacoes",
			"mais informacoes", "contatos de imprensa", "contactos de imprensa", "contatos");

	private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[>›»]\\s");

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]{0,300})\\]\\([^)\\n]{0,500}\\)");

	private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])__|__(?![\\p{L}\\p{N}])");

	private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");

	/**
	 * A cookie banner, wherever the page put it: "We use cookies ...", "Este sitio
	 * utiliza cookies ...". Such lines are no part of the story.
	 */
	private static final Pattern COOKIE_BANNER = Pattern.compile(
			"(?iu)^(?=.{0,400}$).*\\b(?:cookies?|galletas)\\b.*\\b(?:accept|agree|consent|settings|policy|aceptar|acepto|"
					+ "aceitar|aceito|configura|pol[íi]tica|rechazar|reject|decline|preferences|preferencias|prefer[êe]ncias)\\b"
					+ "|(?iu)^(?:we|this\\s++(?:site|website))\\s++uses?\\s++cookies\\b|(?iu)^(?:este\\s++sitio|utilizamos|usamos|"
					+ "este\\s++site)\\b.{0,60}\\bcookies\\b");

	private static final int LONGEST_BREADCRUMB = 400;

	private static final int NAVIGATION_LINES = 40;

	private static final int PROSE_WORDS = 15;

	/**
	 * How far a sentence is looked for around a position, so that a page without full
	 * stops stays linear.
	 */
	private static final int LONGEST_SENTENCE = 3000;

	/** How far back a word before a full stop is looked at for an abbreviation. */
	private static final int LONGEST_WORD = 40;

	/** One line of the story: its number in the source and its plain text. */
	record Paragraph(int line, String text) {
	}

	private final Paragraph headline;

	private final List<Paragraph> paragraphs;

	private final String body;

	private final int[] offsets;

	private final int[] lineOfOffset;

	private NewsPage(Paragraph headline, List<Paragraph> paragraphs) {
		this.headline = headline;
		this.paragraphs = List.copyOf(paragraphs);
		List<Paragraph> all = new ArrayList<>();
		if (headline != null) {
			all.add(headline);
		}
		all.addAll(paragraphs);
		StringBuilder joined = new StringBuilder();
		this.offsets = new int[all.size()];
		this.lineOfOffset = new int[all.size()];
		for (int i = 0; i < all.size(); i++) {
			if (i > 0) {
				joined.append(continues(all.get(i - 1).text(), all.get(i).text()) ? ' ' : '\n');
			}
			offsets[i] = joined.length();
			lineOfOffset[i] = all.get(i).line();
			joined.append(all.get(i).text());
		}
		this.body = joined.toString();
	}

	/** Reads the story out of a news page. */
	static NewsPage read(SourceText source) {
		List<String> plain = HtmlText.linesToText(source.lines()).stream().map(NewsPage::withoutMarkdown).toList();
		Paragraph breadcrumb = null;
		int nonBlankSeen = 0;
		for (int i = 0; i < plain.size() && nonBlankSeen < NAVIGATION_LINES; i++) {
			if (plain.get(i).isEmpty()) {
				continue;
			}
			nonBlankSeen++;
			if (isBreadcrumb(plain.get(i))) {
				breadcrumb = new Paragraph(i + 1, plain.get(i));
				break;
			}
		}
		int headlineIndex = breadcrumb != null ? nextNonBlank(plain, breadcrumb.line())
				: headlineWithoutBreadcrumb(plain);
		if (headlineIndex < 0) {
			return new NewsPage(null, List.of());
		}
		Paragraph headline = new Paragraph(headlineIndex + 1, plain.get(headlineIndex));
		List<Paragraph> paragraphs = new ArrayList<>();
		for (int i = headlineIndex + 1; i < plain.size(); i++) {
			String line = plain.get(i);
			if (line.isEmpty()) {
				continue;
			}
			if (endsStory(line)) {
				break;
			}
			if (COOKIE_BANNER.matcher(line).find()) {
				continue;
			}
			if (line.codePoints().anyMatch(Character::isLetter)) {
				paragraphs.add(new Paragraph(i + 1, line));
			}
		}
		return new NewsPage(headline, paragraphs);
	}

	/**
	 * True when a line is one of the markers after which news sites list other stories.
	 */
	static boolean endsStory(String line) {
		return line.length() < 40 && STORY_ENDS.contains(NameKey.of(line));
	}

	/**
	 * "EEAS > Europe and Latin America ...": two to seven short parts between ">" signs.
	 */
	static boolean isBreadcrumb(String line) {
		if (line.length() > LONGEST_BREADCRUMB) {
			return false;
		}
		String[] parts = BREADCRUMB_SEPARATOR.split(line);
		if (parts.length < 2 || parts.length > 7) {
			return false;
		}
		for (String part : parts) {
			if (part.isBlank() || part.length() > 200) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Without a breadcrumb, the headline is the short line just above the first paragraph
	 * of prose.
	 */
	private static int headlineWithoutBreadcrumb(List<String> plain) {
		int previous = -1;
		for (int i = 0; i < plain.size(); i++) {
			if (plain.get(i).isEmpty()) {
				continue;
			}
			if (words(plain.get(i)) >= PROSE_WORDS && previous >= 0 && words(plain.get(previous)) < PROSE_WORDS) {
				return previous;
			}
			if (words(plain.get(i)) >= PROSE_WORDS && previous < 0) {
				return i;
			}
			previous = i;
		}
		return nextNonBlank(plain, 0);
	}

	private static int nextNonBlank(List<String> plain, int from) {
		for (int i = from; i < plain.size(); i++) {
			if (!plain.get(i).isEmpty()) {
				return i;
			}
		}
		return -1;
	}

	static int words(String text) {
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean letter = Character.isLetterOrDigit(text.charAt(i));
			if (letter && !inWord) {
				count++;
			}
			inWord = letter;
		}
		return count;
	}

	private static String withoutMarkdown(String line) {
		String text = MARKDOWN_LINK.matcher(line).replaceAll("$1");
		text = EMPHASIS.matcher(text).replaceAll("");
		text = HEADING_MARK.matcher(text).replaceAll("");
		return text.replaceAll("\\s+", " ").strip();
	}

	/**
	 * A paragraph the page broke in mid-sentence ("which" / "provides ...") goes on the
	 * same line of prose.
	 */
	private static boolean continues(String previous, String next) {
		if (previous.isEmpty() || next.isEmpty()) {
			return false;
		}
		char last = previous.charAt(previous.length() - 1);
		return ".!?:;".indexOf(last) < 0 && Character.isLowerCase(next.codePointAt(0));
	}

	/** The headline, or null for a page with no text. */
	Paragraph headline() {
		return headline;
	}

	/**
	 * The story's lines after the headline, up to where the page goes on to other
	 * stories.
	 */
	List<Paragraph> paragraphs() {
		return paragraphs;
	}

	/** Headline and paragraphs as one text, paragraphs separated by line breaks. */
	String body() {
		return body;
	}

	/** The source line that the body's character at {@code offset} comes from. */
	int lineAt(int offset) {
		if (offsets.length == 0) {
			return 1;
		}
		int low = 0;
		int high = offsets.length - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (offsets[middle] <= offset) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		return lineOfOffset[low];
	}

	/**
	 * The sentence of the body that holds {@code offset}: from after the previous full
	 * stop to the next, at most {@link #LONGEST_SENTENCE} characters either side.
	 */
	int[] sentenceAround(int offset) {
		int start = Math.max(0, Math.min(offset, body.length()));
		int earliest = Math.max(0, start - LONGEST_SENTENCE);
		while (start > earliest && !endsSentence(start - 1)) {
			start--;
		}
		int end = Math.max(start, Math.min(offset, body.length()));
		int latest = Math.min(body.length(), end + LONGEST_SENTENCE);
		while (end < latest && !endsSentence(end)) {
			end++;
		}
		return new int[] { start, Math.min(body.length(), end + 1) };
	}

	/** Whether the body's character at {@code i} ends a sentence. */
	boolean endsSentence(int i) {
		char c = body.charAt(i);
		if (c == '\n') {
			return true;
		}
		return Sentences.endsLeniently(body, Math.max(0, i - LONGEST_WORD), i);
	}

}
