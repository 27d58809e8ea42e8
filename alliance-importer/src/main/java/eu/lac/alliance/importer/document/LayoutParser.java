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
	 * Reads the whole document. Throws {@link ParseFailure} naming the line when the
	 * text, though it looked like this layout, cannot be understood; never any other
	 * exception.
	 */
	ParsedDocument parse(SourceText text, ParseContext context);

}
