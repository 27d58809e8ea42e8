package eu.lac.alliance.importer.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.text.DocumentDecoder;

/**
 * Reads one uploaded file into a {@link ParsedDocument}: decodes the bytes, recognises
 * the layout from the content (never the file name) and hands the text to that layout's
 * parser. Pure: no database, no Spring; the same reading serves dry runs, previews and
 * imports.
 *
 * <p>
 * Layouts are found with {@link ServiceLoader}: a new layout is a {@link LayoutParser}
 * listed in {@code META-INF/services/eu.lac.alliance.importer.document.LayoutParser}.
 */
public final class DocumentReader {

	private final List<LayoutParser> parsers;

	public DocumentReader(List<LayoutParser> parsers) {
		this.parsers = List.copyOf(parsers);
	}

	/** A reader with every layout on the classpath. */
	public static DocumentReader withAllLayouts() {
		List<LayoutParser> found = new ArrayList<>();
		ServiceLoader.load(LayoutParser.class, DocumentReader.class.getClassLoader()).forEach(found::add);
		found.sort(Comparator.comparing(p -> p.layout().ordinal()));
		return new DocumentReader(found);
	}

	public List<LayoutParser> parsers() {
		return parsers;
	}

	/**
	 * Reads a file. Throws {@link ParseFailure} (file and line, what was expected and
	 * what was found) for anything it cannot understand; never any other exception.
	 */
	public ParsedDocument read(String fileName, byte[] bytes, ParseContext context) {
		SourceText text = DocumentDecoder.decode(fileName, bytes);
		return read(text, context);
	}

	/** Reads already-decoded text. */
	public ParsedDocument read(SourceText text, ParseContext context) {
		LayoutParser parser = recognise(text);
		// LayoutParser.parse turns a parser's unexpected exception into a ParseFailure
		// with its line
		return withRepairsNoted(parser.parse(text, context), text);
	}

	/**
	 * What the decoder had to repair (mojibake, control characters) belongs in the
	 * document's warnings.
	 */
	private static ParsedDocument withRepairsNoted(ParsedDocument parsed, SourceText text) {
		if (text.repairs().isEmpty()) {
			return parsed;
		}
		List<ParseWarning> warnings = new ArrayList<>(text.repairs());
		warnings.addAll(parsed.warnings());
		return new ParsedDocument(parsed.fileName(), parsed.contentHash(), parsed.layout(), parsed.dialogue(),
				parsed.policyAreas(), parsed.objectives(), parsed.actionItems(), parsed.members(),
				parsed.organisations(), parsed.groups(), warnings);
	}

	/**
	 * The parser whose layout the text looks most like; a ParseFailure when none
	 * recognises it.
	 */
	public LayoutParser recognise(SourceText text) {
		LayoutParser best = null;
		int bestScore = 0;
		for (LayoutParser parser : parsers) {
			int score;
			try {
				score = parser.recognise(text);
			}
			catch (RuntimeException ex) {
				score = 0;
			}
			if (score > bestScore) {
				best = parser;
				bestScore = score;
			}
		}
		if (best == null) {
			int line = firstNonBlankLine(text);
			String found = line == 0 ? "no text" : "'" + abbreviate(text.line(line)) + "'";
			throw new ParseFailure(text.fileName(), line,
					"expected a document in one of the known layouts (" + layoutNames() + ") but found " + found);
		}
		return best;
	}

	private String layoutNames() {
		return String.join(", ", parsers.stream().map(p -> p.layout().format()).toList());
	}

	private static int firstNonBlankLine(SourceText text) {
		for (int i = 1; i <= text.lineCount(); i++) {
			if (!text.line(i).isBlank()) {
				return i;
			}
		}
		return 0;
	}

	private static String abbreviate(String line) {
		String stripped = line.strip();
		return stripped.length() <= 80 ? stripped : stripped.substring(0, 77) + "...";
	}

}
