package eu.lac.alliance.importer.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import eu.lac.alliance.importer.document.ParseFailure;

/**
 * Reads a PDF as the text the layout parsers already know. PDFBox gives every glyph with
 * its position; this class puts glyphs on the same baseline into one line, top to bottom,
 * and turns a gap wider than a word space into a column break (a tab), so that a table
 * row reads as the tab-separated rows of today's text exports, and a row that goes on at
 * the top of the next page starts with the tabs of its empty columns, which the parsers
 * join to the row above as they join continuation rows. A larger vertical gap becomes a
 * blank line. Work is bounded: too many pages are refused before any is read, and reading
 * stops at a character budget.
 */
public final class PdfText {

	private final String fileName;

	private final int characterBudget;

	private final StringBuilder out = new StringBuilder();

	/** Where columns start, from the table rows seen so far (x, in points). */
	private final TreeSet<Float> columnStarts = new TreeSet<>();

	private PdfText(String fileName, int characterBudget) {
		this.fileName = fileName;
		this.characterBudget = characterBudget;
	}

	/**
	 * Whether the bytes are a PDF: "%PDF-" within the first kilobyte, as readers accept.
	 */
	public static boolean isPdf(byte[] bytes) {
		int end = Math.min(bytes.length - 5, 1024);
		for (int i = 0; i <= end; i++) {
			if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
					&& bytes[i + 4] == '-') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The document's text. Throws {@link ParseFailure} naming the file for an encrypted
	 * PDF, one with more than {@code maxPages} pages or {@code characterBudget}
	 * characters, one without text (scanned), or one PDFBox cannot read.
	 */
	public static String read(String fileName, byte[] bytes, int maxPages, int characterBudget) {
		return new PdfText(fileName, characterBudget).read(bytes, maxPages);
	}

	private String read(byte[] bytes, int maxPages) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				throw encrypted();
			}
			int pages = document.getNumberOfPages();
			if (pages > maxPages) {
				throw failure("expected a PDF of at most " + maxPages + " pages but found " + pages
						+ " pages; split it or import the spreadsheet template");
			}
			Glyphs glyphs = new Glyphs();
			glyphs.setSortByPosition(false);
			glyphs.writeText(document, Writer.nullWriter());
			if (out.chars().noneMatch(Character::isLetterOrDigit)) {
				throw failure("expected a PDF with text but found " + pages + (pages == 1 ? " page" : " pages")
						+ " without any (a scanned document? run it through text recognition (OCR) or type it"
						+ " into the spreadsheet template)");
			}
			return out.toString();
		}
		catch (InvalidPasswordException ex) {
			throw encrypted();
		}
		catch (ParseFailure failure) {
			throw failure;
		}
		catch (IOException | RuntimeException ex) {
			throw failure(
					"expected a readable PDF but found a PDF document that cannot be read (" + firstLine(ex) + ")");
		}
	}

	private ParseFailure encrypted() {
		return failure("expected a PDF that can be read but found one that is encrypted; save it without a password"
				+ " (or print it to a new PDF) and upload that");
	}

	private ParseFailure failure(String message) {
		return new ParseFailure(fileName, 0, message);
	}

	private static String firstLine(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		return message.lines().findFirst().orElse(message);
	}

	/** One page's glyphs, laid out into lines when the page ends. */
	private final class Glyphs extends PDFTextStripper {

		private final List<TextPosition> page = new ArrayList<>();

		Glyphs() {
			super();
		}

		@Override
		protected void startPage(PDPage pdPage) {
			page.clear();
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			page.add(text);
		}

		@Override
		protected void endPage(PDPage pdPage) {
			List<List<Segment>> lines = lines();
			learnColumns(lines);
			float previousBaseline = Float.NaN;
			float previousHeight = 0;
			for (int i = 0; i < lines.size(); i++) {
				List<Segment> line = lines.get(i);
				float baseline = line.get(0).baseline;
				float height = line.get(0).size;
				if (i > 0 && baseline - previousBaseline > 1.9f * Math.max(previousHeight, height)) {
					append("");
				}
				append(rendered(line));
				previousBaseline = baseline;
				previousHeight = height;
			}
			// a page break is no paragraph break: a row may go on at the top of the next
			// page
			page.clear();
		}

		private void append(String line) {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			out.append(line);
			if (out.length() > characterBudget) {
				throw failure("expected a document of at most " + characterBudget
						+ " characters of text but found more; split it or import the spreadsheet template");
			}
		}

		/**
		 * Glyphs grouped by baseline, top to bottom, each line cut into segments at wide
		 * gaps.
		 */
		private List<List<Segment>> lines() {
			List<TextPosition> glyphs = new ArrayList<>();
			for (TextPosition glyph : page) {
				if (!glyph.getUnicode().isBlank()) {
					glyphs.add(glyph);
				}
			}
			glyphs.sort(
					Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
			List<List<TextPosition>> rows = new ArrayList<>();
			List<TextPosition> row = null;
			float rowBaseline = 0;
			for (TextPosition glyph : glyphs) {
				float size = Math.max(glyph.getFontSizeInPt(), glyph.getHeightDir());
				if (row == null || glyph.getYDirAdj() - rowBaseline > 0.5f * size) {
					row = new ArrayList<>();
					rows.add(row);
					rowBaseline = glyph.getYDirAdj();
				}
				row.add(glyph);
			}
			List<List<Segment>> lines = new ArrayList<>();
			for (List<TextPosition> glyphRow : rows) {
				glyphRow.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
				lines.add(segments(glyphRow));
			}
			return lines;
		}

		private List<Segment> segments(List<TextPosition> row) {
			List<Segment> segments = new ArrayList<>();
			Segment segment = null;
			float end = 0;
			for (TextPosition glyph : row) {
				float space = spaceWidth(glyph);
				float gap = glyph.getXDirAdj() - end;
				if (segment == null || gap > 4 * space) {
					segment = new Segment(glyph.getXDirAdj(), glyph.getYDirAdj(), glyph.getFontSizeInPt());
					segments.add(segment);
				}
				else if (gap > 0.3f * space) {
					segment.text.append(' ');
				}
				segment.text.append(withoutLigatures(glyph.getUnicode()));
				end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
				segment.end = end;
			}
			return segments;
		}

		/**
		 * Typeset ligatures ("ﬁ" in "Artiﬁcial") back to their letters, or no name would
		 * match.
		 */
		private static String withoutLigatures(String glyph) {
			if (glyph.length() == 1 && glyph.charAt(0) >= '\uFB00' && glyph.charAt(0) <= '\uFB06') {
				return java.text.Normalizer.normalize(glyph, java.text.Normalizer.Form.NFKC);
			}
			return glyph;
		}

		private static float spaceWidth(TextPosition glyph) {
			float space = glyph.getWidthOfSpace();
			if (!(space > 0) || Float.isInfinite(space)) {
				space = glyph.getFontSizeInPt() * 0.25f;
			}
			return Math.max(space, 0.5f);
		}

		/**
		 * A line of two or more segments is a table row: where its cells start are
		 * columns.
		 */
		private void learnColumns(List<List<Segment>> lines) {
			for (List<Segment> line : lines) {
				if (line.size() > 1) {
					for (Segment segment : line) {
						if (columnAt(segment.x) == null) {
							columnStarts.add(segment.x);
						}
					}
				}
			}
		}

		private Float columnAt(float x) {
			Float below = columnStarts.floor(x + 3);
			return below != null && x - below <= 3 ? below : null;
		}

		private String rendered(List<Segment> line) {
			StringBuilder text = new StringBuilder();
			Segment first = line.get(0);
			if (columnAt(first.x) != null && first.x - leftMargin() > 3) {
				// a row whose first columns are empty (a continuation row)
				text.append("\t".repeat(Math.max(1, columnStarts.headSet(first.x - 3).size())));
			}
			for (int i = 0; i < line.size(); i++) {
				Segment segment = line.get(i);
				if (i > 0) {
					Segment before = line.get(i - 1);
					text.append("\t".repeat(1 + columnsBetween(before.end, segment.x)));
				}
				text.append(segment.text);
			}
			return text.toString();
		}

		private float leftMargin() {
			float left = Float.MAX_VALUE;
			for (TextPosition glyph : page) {
				left = Math.min(left, glyph.getXDirAdj());
			}
			return left;
		}

		/** Column starts strictly between two positions: the empty cells there. */
		private int columnsBetween(float from, float to) {
			return columnStarts.subSet(from + 3, true, to - 3, false).size();
		}

	}

	/** Text that sits together on one line, between wide gaps. */
	private static final class Segment {

		final float x;

		final float baseline;

		final float size;

		float end;

		final StringBuilder text = new StringBuilder();

		Segment(float x, float baseline, float size) {
			this.x = x;
			this.baseline = baseline;
			this.size = size;
		}

	}

}
