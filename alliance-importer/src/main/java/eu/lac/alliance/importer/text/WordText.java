package eu.lac.alliance.importer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import eu.lac.alliance.importer.document.ParseFailure;

/**
 * Reads a Word document (DOCX) as the text the layout parsers already know: paragraphs in
 * order, a table row as one line of tab-separated cells (a cell spanning columns keeps
 * its place with empty cells after it, a cell merged with the one above is empty, as the
 * continuation rows of today's text tables are), Word's automatic numbering as the number
 * it shows ("1.", "a)"), and footnotes as a superscript marker in the text with the note
 * after the paragraph or table that refers to it. The XML is read as a stream (StAX), not
 * as a tree, so a 5 MB document stays a few times its size in memory; POI opens the
 * package and guards it against zip bombs.
 */
public final class WordText {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";

	private static final String NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";

	private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private static final XMLInputFactory XML = xmlFactory();

	static {
		// a part inflating more than 100 times its compressed size is a zip bomb, not a
		// document; no part of a conclusions document comes near 100 MB
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
	}

	private final String fileName;

	private final int characterBudget;

	private final StringBuilder out = new StringBuilder();

	private final Map<String, String> footnotes = new HashMap<>();

	private final Map<String, Numbering.Level[]> abstractLevels = new HashMap<>();

	private final Map<String, Numbering> numberings = new HashMap<>();

	private final List<String> pendingNotes = new ArrayList<>();

	private int notesReferenced;

	private WordText(String fileName, int characterBudget) {
		this.fileName = fileName;
		this.characterBudget = characterBudget;
	}

	/** Whether the bytes are a Word document: a ZIP package with word/document.xml. */
	public static boolean isWordDocument(byte[] bytes) {
		return ZipEntries.isZip(bytes) && ZipEntries.names(bytes).contains("word/document.xml");
	}

	/**
	 * The document's text. Throws {@link ParseFailure} naming the file when the package
	 * is damaged, a zip bomb, or holds more than {@code characterBudget} characters.
	 */
	public static String read(String fileName, byte[] bytes, int characterBudget) {
		return new WordText(fileName, characterBudget).read(bytes);
	}

	private String read(byte[] bytes) {
		try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			PackageRelationship main = pack.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
				.getRelationship(0);
			if (main == null) {
				throw failure("expected a Word document but found an Office package without a main document");
			}
			PackagePart document = pack.getPart(main);
			PackagePart footnotePart = related(pack, document, FOOTNOTES);
			if (footnotePart != null) {
				try (InputStream in = footnotePart.getInputStream()) {
					readFootnotes(in);
				}
			}
			PackagePart numberingPart = related(pack, document, NUMBERING);
			if (numberingPart != null) {
				try (InputStream in = numberingPart.getInputStream()) {
					readNumbering(in);
				}
			}
			try (InputStream in = document.getInputStream()) {
				readBody(in);
			}
			pack.revert();
			return out.toString();
		}
		catch (ParseFailure failure) {
			throw failure;
		}
		catch (IOException | InvalidFormatException | XMLStreamException | RuntimeException ex) {
			throw failure("expected a readable Word document but found " + describe(ex));
		}
	}

	private static String describe(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		if (message.contains("Zip bomb")) {
			return "a zip bomb (a part that inflates far beyond its compressed size); nothing was read";
		}
		return "a damaged package (" + message.lines().findFirst().orElse(message) + ")";
	}

	private static PackagePart related(OPCPackage pack, PackagePart document, String type)
			throws InvalidFormatException {
		for (PackageRelationship relation : document.getRelationshipsByType(type)) {
			if (relation.getTargetMode() == TargetMode.INTERNAL) {
				return document.getRelatedPart(relation);
			}
		}
		return null;
	}

	// --- footnotes.xml: id -> text (separators and the note's own number left out)

	private void readFootnotes(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		String id = null;
		String type = null;
		StringBuilder text = new StringBuilder();
		boolean inText = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
				switch (xml.getLocalName()) {
					case "footnote" -> {
						id = xml.getAttributeValue(W, "id");
						type = xml.getAttributeValue(W, "type");
						text.setLength(0);
					}
					case "p" -> {
						if (!text.isEmpty()) {
							text.append(' ');
						}
					}
					case "t" -> inText = true;
					case "tab" -> text.append(' ');
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS && inText) {
				text.append(xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
				if ("t".equals(xml.getLocalName())) {
					inText = false;
				}
				else if ("footnote".equals(xml.getLocalName()) && id != null
						&& (type == null || "normal".equals(type))) {
					footnotes.put(id, text.toString().strip());
					guardBudget(text.length());
				}
			}
		}
		xml.close();
	}

	// --- numbering.xml: abstract lists with their levels, and the lists paragraphs use

	private void readNumbering(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		Numbering.Level[] levels = null;
		String abstractId = null;
		Numbering.Level level = null;
		String numId = null;
		String numAbstract = null;
		Map<Integer, Integer> overrides = new HashMap<>();
		int overrideLevel = -1;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
				String val = xml.getAttributeValue(W, "val");
				switch (xml.getLocalName()) {
					case "abstractNum" -> {
						abstractId = xml.getAttributeValue(W, "abstractNumId");
						levels = new Numbering.Level[9];
					}
					case "lvl" -> {
						int ilvl = parseInt(xml.getAttributeValue(W, "ilvl"), 0);
						level = new Numbering.Level();
						if (levels != null && ilvl >= 0 && ilvl < 9) {
							levels[ilvl] = level;
						}
					}
					case "start" -> {
						if (level != null) {
							level.start = parseInt(val, 1);
						}
					}
					case "numFmt" -> {
						if (level != null) {
							level.format = val;
						}
					}
					case "lvlText" -> {
						if (level != null) {
							level.text = val;
						}
					}
					case "num" -> {
						numId = xml.getAttributeValue(W, "numId");
						numAbstract = null;
						overrides = new HashMap<>();
					}
					case "abstractNumId" -> numAbstract = val;
					case "lvlOverride" -> overrideLevel = parseInt(xml.getAttributeValue(W, "ilvl"), -1);
					case "startOverride" -> {
						if (numId != null && overrideLevel >= 0) {
							overrides.put(overrideLevel, parseInt(val, 1));
						}
					}
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
				switch (xml.getLocalName()) {
					case "abstractNum" -> {
						abstractLevels.put(abstractId, levels);
						levels = null;
					}
					case "lvl" -> level = null;
					case "num" -> {
						if (numId != null && numAbstract != null) {
							numberings.put(numId, new Numbering(numAbstract, overrides));
						}
						numId = null;
					}
					default -> {
					}
				}
			}
		}
		xml.close();
	}

	// --- document.xml: the body

	private void readBody(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		Block block = new Block();
		int tableDepth = 0;
		List<List<String>> row = null;
		List<String> cellParagraphs = null;
		StringBuilder cell = null;
		boolean cellMergedAbove = false;
		int cellSpan = 1;
		boolean inText = false;
		boolean inParagraph = false;
		String numId = null;
		int ilvl = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
				String val = xml.getAttributeValue(W, "val");
				switch (xml.getLocalName()) {
					case "tbl" -> tableDepth++;
					case "tr" -> {
						if (tableDepth == 1) {
							row = new ArrayList<>();
						}
					}
					case "tc" -> {
						if (tableDepth == 1) {
							cell = new StringBuilder();
							cellParagraphs = new ArrayList<>();
							cellMergedAbove = false;
							cellSpan = 1;
						}
					}
					case "gridSpan" -> {
						if (tableDepth == 1) {
							cellSpan = Math.max(1, Math.min(64, parseInt(val, 1)));
						}
					}
					case "vMerge" -> {
						if (tableDepth == 1) {
							cellMergedAbove = val == null || "continue".equals(val);
						}
					}
					case "p" -> {
						inParagraph = true;
						numId = null;
						ilvl = 0;
						if (cell != null && !cell.isEmpty()) {
							if (tableDepth == 1) {
								// a cell's paragraphs are its lines, as in a text export
								cellParagraphs.add(cell.toString().strip());
								cell = new StringBuilder();
							}
							else {
								cell.append(' ');
							}
						}
					}
					case "numId" -> numId = val;
					case "ilvl" -> ilvl = parseInt(val, 0);
					case "r" -> {
						if (numId != null) {
							// the number Word shows is written before the paragraph's
							// first run
							String label = label(numId, ilvl);
							numId = null;
							if (!label.isEmpty()) {
								target(block, cell).append(label).append(' ');
							}
						}
					}
					case "t" -> inText = true;
					case "tab" -> {
						if (inParagraph) {
							// a tab inside a cell would make a column that is not there
							target(block, cell).append(cell == null && tableDepth == 0 ? '\t' : ' ');
						}
					}
					case "br", "cr" -> {
						if (inParagraph && cell == null && tableDepth == 0) {
							block.endParagraphLine();
						}
						else if (inParagraph) {
							target(block, cell).append(' ');
						}
					}
					case "noBreakHyphen" -> target(block, cell).append('-');
					case "footnoteReference" -> {
						String id = xml.getAttributeValue(W, "id");
						String note = footnotes.get(id);
						if (note != null) {
							String marker = superscript(++notesReferenced);
							target(block, cell).append(marker);
							pendingNotes.add(marker + " " + note);
						}
					}
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS && inText) {
				target(block, cell).append(xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
				switch (xml.getLocalName()) {
					case "t" -> inText = false;
					case "p" -> {
						if (numId != null) {
							// a numbered paragraph without runs still takes its number
							String label = label(numId, ilvl);
							if (!label.isEmpty()) {
								target(block, cell).append(label);
							}
						}
						inParagraph = false;
						numId = null;
						if (tableDepth == 0) {
							block.endParagraphLine();
							flushNotes(block);
						}
					}
					case "tc" -> {
						if (tableDepth == 1 && row != null && cell != null) {
							if (!cell.isEmpty()) {
								cellParagraphs.add(cell.toString().strip());
							}
							row.add(cellMergedAbove ? List.of() : cellParagraphs);
							for (int i = 1; i < cellSpan; i++) {
								row.add(List.of());
							}
							cell = null;
						}
					}
					case "tr" -> {
						if (tableDepth == 1 && row != null) {
							rowLines(block, row);
							row = null;
						}
					}
					case "tbl" -> {
						tableDepth--;
						if (tableDepth == 0) {
							flushNotes(block);
						}
					}
					default -> {
					}
				}
			}
		}
		xml.close();
		if (!block.current.isEmpty()) {
			block.endParagraphLine();
		}
		flushNotes(block);
	}

	/**
	 * A row as lines: the first paragraph of every cell, then continuation lines with the
	 * cells' further paragraphs, as tab-separated exports write cells of several lines.
	 */
	private static void rowLines(Block block, List<List<String>> row) {
		int lines = Math.max(1, row.stream().mapToInt(List::size).max().orElse(1));
		for (int k = 0; k < lines; k++) {
			List<String> cells = new ArrayList<>();
			for (List<String> cell : row) {
				cells.add(k < cell.size() ? cell.get(k) : "");
			}
			block.line(String.join("\t", cells));
		}
	}

	private StringBuilder target(Block block, StringBuilder cell) {
		return cell != null ? cell : block.current;
	}

	private void flushNotes(Block block) {
		for (String note : pendingNotes) {
			block.line("");
			block.line(note);
		}
		pendingNotes.clear();
	}

	private String label(String numId, int ilvl) {
		Numbering numbering = numberings.get(numId);
		if (numbering == null || "0".equals(numId)) {
			return "";
		}
		Numbering.Level[] levels = abstractLevels.get(numbering.abstractId);
		if (levels == null || ilvl < 0 || ilvl >= 9 || levels[ilvl] == null) {
			return "";
		}
		return numbering.next(levels, ilvl);
	}

	private static String superscript(int number) {
		StringBuilder marker = new StringBuilder();
		for (char digit : Integer.toString(number).toCharArray()) {
			marker.append(SUPERSCRIPT.charAt(digit - '0'));
		}
		return marker.toString();
	}

	private void guardBudget(long extra) {
		if (out.length() + extra > characterBudget) {
			throw failure("expected a document of at most " + characterBudget
					+ " characters of text but found more; split it or import the spreadsheet template");
		}
	}

	private ParseFailure failure(String message) {
		return new ParseFailure(fileName, 0, message);
	}

	private static int parseInt(String value, int otherwise) {
		if (value == null) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	private static XMLInputFactory xmlFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// no DTDs, no external entities: a document is data, never instructions
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	/** The lines written so far and the paragraph being read. */
	private final class Block {

		private StringBuilder current = new StringBuilder();

		void endParagraphLine() {
			line(current.toString());
			current = new StringBuilder();
		}

		void line(String text) {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			out.append(text);
			guardBudget(0);
		}

	}

	/** One list of numbered paragraphs: where its counters stand. */
	private static final class Numbering {

		/** A level of an abstract list: its start, format and text ("%1.", "%2)"). */
		static final class Level {

			int start = 1;

			String format = "decimal";

			String text = "%1.";

		}

		private final String abstractId;

		private final Map<Integer, Integer> startOverrides;

		private final int[] counters = new int[9];

		private final boolean[] started = new boolean[9];

		Numbering(String abstractId, Map<Integer, Integer> startOverrides) {
			this.abstractId = abstractId;
			this.startOverrides = Map.copyOf(startOverrides);
		}

		String next(Level[] levels, int ilvl) {
			Level level = levels[ilvl];
			int start = startOverrides.getOrDefault(ilvl, level.start);
			counters[ilvl] = started[ilvl] ? counters[ilvl] + 1 : start;
			started[ilvl] = true;
			for (int deeper = ilvl + 1; deeper < 9; deeper++) {
				started[deeper] = false;
			}
			if ("bullet".equals(level.format)) {
				return "-";
			}
			if ("none".equals(level.format) || level.text == null) {
				return "";
			}
			StringBuilder label = new StringBuilder();
			String text = level.text;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
					int referred = text.charAt(i + 1) - '1';
					if (referred >= 0 && referred <= ilvl && levels[referred] != null) {
						int value = started[referred] ? counters[referred]
								: startOverrides.getOrDefault(referred, levels[referred].start);
						label.append(formatted(value, levels[referred].format));
					}
					i++;
				}
				else {
					label.append(c);
				}
			}
			return label.toString().strip();
		}

		private static String formatted(int value, String format) {
			return switch (format == null ? "decimal" : format) {
				case "lowerLetter" -> letters(value).toLowerCase(java.util.Locale.ROOT);
				case "upperLetter" -> letters(value);
				case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
				case "upperRoman" -> roman(value);
				default -> Integer.toString(value);
			};
		}

		/** A, B, ... Z, AA, BB: Word repeats the letter past Z. */
		private static String letters(int value) {
			if (value <= 0) {
				return Integer.toString(value);
			}
			char letter = (char) ('A' + (value - 1) % 26);
			return String.valueOf(letter).repeat((value - 1) / 26 + 1);
		}

		private static String roman(int value) {
			if (value <= 0 || value >= 4000) {
				return Integer.toString(value);
			}
			int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
			String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
			StringBuilder roman = new StringBuilder();
			int rest = value;
			for (int i = 0; i < values.length; i++) {
				while (rest >= values[i]) {
					roman.append(symbols[i]);
					rest -= values[i];
				}
			}
			return roman.toString();
		}

	}

}
