package eu.lac.alliance.importer.result;

import eu.lac.alliance.domain.source.LineSpan;

/** A piece of plain text and the lines it came from. */
public record ParsedText(String text, LineSpan lines) {
}
