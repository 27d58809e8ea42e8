package eu.lac.alliance.importer.document;

import eu.lac.alliance.importer.result.ParsedDocument;

/**
 * One document layout: how sure it is that a text is in its layout, and how to read one
 * that is. Implementations are pure functions of the text and the gazetteer: no I/O, no
 * database, no Spring.
 */
public interface LayoutParser {

	Layout layout();

	/**
	 * How strongly the text looks like this layout: 0 for not at all, higher for surer.
	 * Detection picks the highest; it must look at content (headings, labels, table
	 * shapes), never the file name.
	 */
	int recognise(SourceText text);

	/**
	 * Reads the whole document, noting in {@code position} the line it has reached.
	 * Throws {@link ParseFailure} naming the line when the text, though it looked like
	 * this layout, cannot be understood.
	 */
	ParsedDocument read(SourceText text, ParseContext context, ReadingPosition position);

	/**
	 * Reads the whole document. Throws {@link ParseFailure} naming the file and the line
	 * for anything it cannot understand, never any other exception: this is the one place
	 * where a parser's unexpected exception (a bug, a stack overflow on hostile input)
	 * becomes a refusal with the line the parser had reached.
	 */
	default ParsedDocument parse(SourceText text, ParseContext context) {
		ReadingPosition position = new ReadingPosition();
		try {
			return read(text, context, position);
		}
		catch (ParseFailure failure) {
			throw failure;
		}
		catch (RuntimeException | StackOverflowError unexpected) {
			throw position.failure(text, layout(), unexpected);
		}
	}

}
