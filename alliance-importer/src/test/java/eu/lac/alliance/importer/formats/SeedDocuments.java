package eu.lac.alliance.importer.formats;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a text seed as the Word document and the PDF a secretariat would send: in the
 * DOCX, tab-separated rows become table rows (a row with one filled cell spans the table,
 * a first cell left empty under a filled one is merged with it), numbered actions and
 * lettered sub-items use Word's automatic numbering with the number taken out of the
 * text, and footnotes are Word footnotes; in the PDF, every line is drawn at its place
 * with the cells of a row in columns.
 */
public final class SeedDocuments {

	private static final Pattern FOOTNOTE_LINE = Pattern
		.compile("^\\s*(?:<sup>(\\d{1,2})</sup>|([¹²³⁴⁵⁶⁷⁸⁹]))\\s+(.*)$");

	private static final Pattern FOOTNOTE_MARK = Pattern.compile("<sup>(\\d{1,2})</sup>|([¹²³⁴⁵⁶⁷⁸⁹])");

	private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\. (\\S.*)$");

	private static final Pattern LIST_MARKUP = Pattern.compile("<ol[^>]*>|</ol>|<p>|</p>");

	private static final String NUMBERING_XML = """
			<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="%d">
			<w:multiLevelType w:val="multilevel"/>
			<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/></w:lvl>
			<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%2."/></w:lvl>
			</w:abstractNum>""";

	private SeedDocuments() {
	}

	/** The seed as a Word document. */
	public static byte[] docx(String seed) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new WordWriter(document, seed).write();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException | org.apache.xmlbeans.XmlException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes a Word document of one seed. */
	private static final class WordWriter {

		private final XWPFDocument document;

		private final List<String> lines = new ArrayList<>();

		private final Map<String, String> notes = new HashMap<>();

		private final XWPFNumbering numbering;

		private final BigInteger numId;

		/** The numbered actions run through the whole document. */
		private int nextNumber = 1;

		private char nextLetter = 'a';

		WordWriter(XWPFDocument document, String seed) throws org.apache.xmlbeans.XmlException {
			this.document = document;
			for (String line : seed.replace("\r\n", "\n").split("\n", -1)) {
				Matcher note = FOOTNOTE_LINE.matcher(line);
				if (note.matches()) {
					notes.put(number(note), note.group(3));
				}
				else {
					lines.add(line);
				}
			}
			numbering = document.createNumbering();
			CTNumbering parsed = CTNumbering.Factory.parse(String.format(NUMBERING_XML, 1));
			BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(parsed.getAbstractNumArray(0)));
			numId = numbering.addNum(abstractId);
		}

		private static String number(Matcher marker) {
			return marker.group(1) != null ? marker.group(1)
					: String.valueOf(SUPERSCRIPT.indexOf(marker.group(2).charAt(0)));
		}

		void write() {
			int i = 0;
			while (i < lines.size()) {
				if (lines.get(i).contains("\t")) {
					int end = i;
					while (end < lines.size() && lines.get(end).contains("\t")) {
						end++;
					}
					table(lines.subList(i, end));
					i = end;
				}
				else {
					XWPFParagraph paragraph = document.createParagraph();
					Matcher numbered = NUMBERED.matcher(lines.get(i));
					if (numbered.matches()) {
						numberedHeading(paragraph, numbered);
					}
					else {
						text(paragraph, lines.get(i));
					}
					i++;
				}
			}
		}

		private void table(List<String> rows) {
			XWPFTable table = document.createTable();
			boolean firstColumnFilled = false;
			XWPFTableCell above = null;
			for (int r = 0; r < rows.size(); r++) {
				String[] cells = rows.get(r).split("\t", -1);
				XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
				boolean spanning = cells.length > 1 && !cells[0].isBlank()
						&& java.util.Arrays.stream(cells).skip(1).allMatch(String::isBlank);
				int count = spanning ? 1 : cells.length;
				while (row.getTableCells().size() < count) {
					row.addNewTableCell();
				}
				while (row.getTableCells().size() > count) {
					row.removeCell(row.getTableCells().size() - 1);
				}
				if (spanning) {
					XWPFTableCell cell = row.getCell(0);
					tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(cells.length));
					cellText(cell, cells[0]);
					firstColumnFilled = false;
					above = null;
					continue;
				}
				for (int c = 0; c < cells.length; c++) {
					XWPFTableCell cell = row.getCell(c);
					if (c == 0 && cells[0].isBlank() && firstColumnFilled && above != null) {
						// merged with the filled cell above, as Word draws a component or
						// label that spans several rows
						if (!tcPr(above).isSetVMerge()) {
							tcPr(above).addNewVMerge().setVal(STMerge.RESTART);
						}
						tcPr(cell).addNewVMerge();
						continue;
					}
					cellText(cell, cells[c]);
					if (c == 0) {
						firstColumnFilled = !cells[0].isBlank();
						above = cell;
					}
				}
			}
		}

		private static CTTcPr tcPr(XWPFTableCell cell) {
			return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		}

		private void cellText(XWPFTableCell cell, String text) {
			XWPFParagraph first = cell.getParagraphs().get(0);
			Matcher numbered = NUMBERED.matcher(text);
			if (LIST_MARKUP.matcher(text).find() && text.matches("(?s).*<ol[^>]*>\\d.*|(?s).*<p>\\d.*")) {
				listItems(cell, first, LIST_MARKUP.matcher(text).replaceAll(" ").strip());
			}
			else if (numbered.matches()) {
				numberedHeading(first, numbered);
			}
			else {
				text(first, text);
			}
		}

		/** Numbered actions and their lettered sub-items, each a numbered paragraph. */
		private void listItems(XWPFTableCell cell, XWPFParagraph first, String text) {
			List<int[]> starts = new ArrayList<>();
			int at = 0;
			while (true) {
				int number = find(text, nextNumber + ". ", at, true);
				int letter = find(text, nextLetter + ". ", at, false);
				if (number < 0 && letter < 0) {
					break;
				}
				if (number >= 0 && (letter < 0 || number <= letter)) {
					starts.add(new int[] { number, 0, (nextNumber + ". ").length() });
					nextNumber++;
					nextLetter = 'a';
					at = number + 3;
				}
				else {
					starts.add(new int[] { letter, 1, 3 });
					nextLetter++;
					at = letter + 3;
				}
			}
			XWPFParagraph paragraph = first;
			if (starts.isEmpty() || starts.get(0)[0] > 0) {
				text(paragraph, text.substring(0, starts.isEmpty() ? text.length() : starts.get(0)[0]).strip());
				paragraph = null;
			}
			for (int k = 0; k < starts.size(); k++) {
				int[] start = starts.get(k);
				int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length();
				if (paragraph == null) {
					paragraph = cell.addParagraph();
				}
				paragraph.setNumID(numId);
				paragraph.setNumILvl(BigInteger.valueOf(start[1]));
				text(paragraph, text.substring(start[0] + start[2], end).strip());
				paragraph = null;
			}
		}

		/**
		 * Where a marker ("5. ", "c. ") starts an item: a number before a capital, a
		 * letter run into the word before it or after a space.
		 */
		private static int find(String text, String marker, int from, boolean number) {
			int at = from;
			while ((at = text.indexOf(marker, at)) >= 0) {
				int after = at + marker.length();
				boolean capitalAfter = after < text.length() && Character.isUpperCase(text.charAt(after));
				boolean digitBefore = at > 0 && Character.isDigit(text.charAt(at - 1));
				boolean letterAfter = after < text.length() && Character.isLetter(text.charAt(after));
				boolean dotBefore = at > 0 && text.charAt(at - 1) == '.';
				if (number ? capitalAfter && !digitBefore : letterAfter && !dotBefore) {
					return at;
				}
				at++;
			}
			return -1;
		}

		/** A heading that starts with its number: the number becomes Word's own. */
		private void numberedHeading(XWPFParagraph paragraph, Matcher numbered) {
			BigInteger headings = numbering.addNum(numbering.getAbstractNumID(numId));
			var override = numbering.getNum(headings).getCTNum().addNewLvlOverride();
			override.setIlvl(BigInteger.ZERO);
			override.addNewStartOverride().setVal(new BigInteger(numbered.group(1)));
			paragraph.setNumID(headings);
			paragraph.setNumILvl(BigInteger.ZERO);
			text(paragraph, numbered.group(2));
		}

		/** Runs of text, with a footnote reference where the seed has a marker. */
		private void text(XWPFParagraph paragraph, String text) {
			Matcher mark = FOOTNOTE_MARK.matcher(text);
			int copied = 0;
			while (mark.find()) {
				String note = notes.get(number(mark));
				if (note == null) {
					continue;
				}
				paragraph.createRun().setText(text.substring(copied, mark.start()));
				XWPFFootnote footnote = document.createFootnote();
				footnote.createParagraph().createRun().setText(note);
				paragraph.addFootnoteReference(footnote);
				copied = mark.end();
			}
			paragraph.createRun().setText(text.substring(copied));
		}

	}

	/**
	 * The seed as a PDF: one line of text per seed line, the cells of a row in columns.
	 */
	public static byte[] pdf(String seed) {
		float size = 6;
		float leading = size * 1.3f;
		float margin = 36;
		List<String> lines = List.of(seed.replace("\r\n", "\n").split("\n", -1));
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont font = PDType0Font.load(document, new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
			List<Float> columns = columnStarts(lines, font, size, margin);
			float width = margin;
			for (String line : lines) {
				String[] cells = line.split("\t", -1);
				float right = columns.get(Math.min(cells.length - 1, columns.size() - 1))
						+ font.getStringWidth(drawable(font, cells[cells.length - 1])) / 1000 * size;
				width = Math.max(width, right + margin);
			}
			PDRectangle box = new PDRectangle(Math.max(595, width), 842);
			PDPageContentStream stream = null;
			float y = 0;
			for (String line : lines) {
				if (stream == null || y < margin) {
					if (stream != null) {
						stream.close();
					}
					PDPage page = new PDPage(box);
					document.addPage(page);
					stream = new PDPageContentStream(document, page);
					y = box.getHeight() - margin;
				}
				String[] cells = line.split("\t", -1);
				for (int c = 0; c < cells.length; c++) {
					if (cells[c].isBlank()) {
						continue;
					}
					stream.beginText();
					stream.setFont(font, size);
					stream.newLineAtOffset(columns.get(Math.min(c, columns.size() - 1)), y);
					stream.showText(drawable(font, cells[c].strip()));
					stream.endText();
				}
				y -= line.isBlank() ? leading : leading;
			}
			if (stream != null) {
				stream.close();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text without the characters the font cannot draw (an emoji in 002). */
	private static String drawable(PDFont font, String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(cp -> {
			String character = new String(Character.toChars(cp));
			try {
				font.encode(character);
				out.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				// left out
			}
		});
		return out.toString();
	}

	/** Each column starts after the widest cell of the columns before it. */
	private static List<Float> columnStarts(List<String> lines, PDFont font, float size, float margin)
			throws IOException {
		List<Float> widths = new ArrayList<>();
		for (String line : lines) {
			String[] cells = line.split("\t", -1);
			if (cells.length < 2) {
				continue;
			}
			for (int c = 0; c < cells.length - 1; c++) {
				float width = font.getStringWidth(drawable(font, cells[c].strip())) / 1000 * size;
				if (widths.size() <= c) {
					widths.add(0f);
				}
				widths.set(c, Math.max(widths.get(c), width));
			}
		}
		List<Float> starts = new ArrayList<>();
		float x = margin;
		starts.add(x);
		for (float width : widths) {
			x += width + 24;
			starts.add(x);
		}
		return starts;
	}

}
