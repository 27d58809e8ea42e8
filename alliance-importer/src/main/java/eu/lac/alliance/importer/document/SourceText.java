package eu.lac.alliance.importer.document;

import java.util.List;
import java.util.Objects;

/**
 * A document decoded to text and split into lines, numbered from 1 as an editor shows
 * them, so that every parsed element and every error can say where it came from.
 *
 * @param fileName the name the document arrived under (used in messages only, never to
 * pick a layout)
 * @param contentHash SHA-256 of the raw bytes, hex
 * @param text the decoded, repaired text (line breaks normalised to \n)
 * @param lines {@code text} split at line breaks; {@code line(1)} is the first
 * @param encoding the character set the bytes were decoded from
 * @param repairs what the decoder had to repair (mojibake sequences fixed, control
 * characters dropped)
 */
public record SourceText(String fileName, String contentHash, String text, List<String> lines, String encoding,
		List<ParseWarning> repairs) {

	public SourceText {
		Objects.requireNonNull(fileName, "fileName");
		lines = List.copyOf(lines);
		repairs = List.copyOf(repairs);
	}

	/** Builds a source text from already-decoded text (tests, pasted text). */
	public static SourceText of(String fileName, String text) {
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
		return new SourceText(fileName, "", normalised, List.of(normalised.split("\n", -1)), "UTF-8", List.of());
	}

	/** The repairs as the reports print them. */
	public List<String> repairTexts() {
		return repairs.stream().map(ParseWarning::rendered).toList();
	}

	/** Line {@code number}, counting from 1. */
	public String line(int number) {
		return lines.get(number - 1);
	}

	public int lineCount() {
		return lines.size();
	}

}
