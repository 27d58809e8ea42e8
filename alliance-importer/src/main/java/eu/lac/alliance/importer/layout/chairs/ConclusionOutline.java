package eu.lac.alliance.importer.layout.chairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.SourceText;

/**
 * The lines of a chairs' conclusions sorted into what they are: prose paragraphs,
 * footnotes, label/value rows (tab- or pipe-separated, with their continuation lines) and
 * action-area headings. Page furniture that the PDF conversion repeats ("OPERATIONAL
 * TAKEAWAYS"), blank runs and rule lines are dropped here, so that a row interrupted by a
 * page break reads as one row.
 */
final class ConclusionOutline {

	/** One thing the document says, in document order. */
	sealed interface Entry permits Prose, Note, Row, AreaStart {

		LineSpan lines();

	}

	/** A paragraph of running text, or a heading when {@code heading}. */
	record Prose(String text, LineSpan lines, boolean heading) implements Entry {
	}

	/** A footnote's text, its marker removed. */
	record Note(String text, LineSpan lines) implements Entry {
	}

	/**
	 * A label with its value; the value keeps its lines so that items can say where they
	 * were read.
	 */
	record Row(String label, List<Piece> value, LineSpan lines) implements Entry {

		/** The value as one string, its lines joined by spaces. */
		String valueText() {
			StringBuilder text = new StringBuilder();
			for (Piece piece : value) {
				text.append(text.isEmpty() ? "" : " ").append(piece.text());
			}
			return text.toString();
		}

	}

	/** The part of a row's value that one line holds. */
	record Piece(String text, int line) {
	}

	/** An action-area heading. */
	record AreaStart(ActionAreaHeading heading, LineSpan lines) implements Entry {
	}

	private static final Pattern RULE = Pattern.compile("[\\s|:+=_\\-–—]*[-_=]{3,}[\\s|:+=_\\-–—]*");

	private static final Pattern NOTE_START = Pattern.compile("(?:[" + ConclusionText.SUPERSCRIPT_DIGITS
			+ "]{1,3}|<sup>\\s{0,3}\\d{1,3}\\s{0,3}</sup>|\\[\\^\\d{1,3}\\]:?)");

	private static final Pattern LIST_START = Pattern.compile("\\d{1,3}[.)]|[a-z][.)]\\s|[•·▪–-]\\s");

	private static final int LONGEST_PAGE_HEADER = 120;

	private final List<Entry> entries;

	private ConclusionOutline(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	List<Entry> entries() {
		return entries;
	}

	static ConclusionOutline read(SourceText source) {
		return new Reader(source).read();
	}

	/**
	 * True when the line is a rule drawn with dashes ("----|--"), which carries nothing.
	 */
	static boolean isRule(String line) {
		return line.length() < 2000 && RULE.matcher(line).matches();
	}

	/** The footnote text of a line that starts with a footnote marker, if it does. */
	static Optional<String> noteText(String stripped) {
		var matcher = NOTE_START.matcher(stripped);
		if (!matcher.lookingAt()) {
			return Optional.empty();
		}
		return Optional.of(stripped.substring(matcher.end()));
	}

	/**
	 * The label and value of a tab- or pipe-separated row, or null when the line is not
	 * one. Tabs that only trail a line of prose do not make it a row, unless what
	 * precedes them is a known row label whose value starts on the next line.
	 */
	static String[] cells(String line) {
		String trimmed = line.stripTrailing();
		int tab = trimmed.indexOf('\t');
		if (tab >= 0) {
			return new String[] { trimmed.substring(0, tab), trimmed.substring(tab + 1).replace('\t', ' ') };
		}
		if (line.indexOf('\t') >= 0 && trimmed.length() <= 200 && RowLabel.of(trimmed).kind() != RowLabel.Kind.OTHER) {
			return new String[] { trimmed, "" };
		}
		String stripped = line.strip();
		if (stripped.startsWith("|") && stripped.length() > 2 && stripped.indexOf('|', 1) > 0) {
			String inner = stripped.substring(1, stripped.endsWith("|") ? stripped.length() - 1 : stripped.length());
			int bar = inner.indexOf('|');
			if (bar < 0) {
				return null;
			}
			return new String[] { inner.substring(0, bar), inner.substring(bar + 1).replace('|', ' ') };
		}
		return null;
	}

	/**
	 * True when the line starts like a numbered, lettered or bulleted list item, or with
	 * markup.
	 */
	static boolean startsLikeListItem(String stripped) {
		return stripped.startsWith("<") || LIST_START.matcher(stripped).lookingAt();
	}

	private static boolean isShouted(String stripped) {
		int letters = 0;
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			if (Character.isLetter(c)) {
				letters++;
			}
		}
		return letters >= 3;
	}

	private static boolean endsSentence(String text) {
		String stripped = text.strip();
		if (stripped.isEmpty()) {
			return true;
		}
		char last = stripped.charAt(stripped.length() - 1);
		return last == '.' || last == '!' || last == '?' || last == ':' || last == '>';
	}

	/** One pass over the lines, keeping the row or paragraph that is still open. */
	private static final class Reader {

		private final SourceText source;

		private final List<Entry> entries = new ArrayList<>();

		private final Set<String> pageHeaders = new HashSet<>();

		private String rowLabel;

		private boolean rowTakesListLines;

		private List<Piece> rowValue;

		private int rowFirst;

		private int rowLast;

		private boolean blankSinceRow;

		private StringBuilder paragraph;

		private int paragraphFirst;

		private int paragraphLast;

		private StringBuilder note;

		private int noteFirst;

		private int noteLast;

		Reader(SourceText source) {
			this.source = source;
		}

		ConclusionOutline read() {
			findPageHeaders();
			for (int number = 1; number <= source.lineCount(); number++) {
				take(source.line(number), number);
			}
			closeParagraph();
			closeNote();
			closeRow();
			return new ConclusionOutline(entries);
		}

		/**
		 * Lines the conversion repeats on every page: the same short line, without a tab,
		 * more than once.
		 */
		private void findPageHeaders() {
			Map<String, Integer> counts = new HashMap<>();
			for (String line : source.lines()) {
				String stripped = line.strip();
				if (!stripped.isEmpty() && stripped.length() <= LONGEST_PAGE_HEADER && line.indexOf('\t') < 0
						&& noteText(stripped).isEmpty()) {
					counts.merge(stripped, 1, Integer::sum);
				}
			}
			counts.forEach((line, count) -> {
				if (count > 1) {
					pageHeaders.add(line);
				}
			});
		}

		private void take(String line, int number) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				closeParagraph();
				closeNote();
				blankSinceRow = rowLabel != null;
				return;
			}
			if (isRule(stripped)) {
				closeParagraph();
				closeNote();
				blankSinceRow = rowLabel != null;
				return;
			}
			Optional<String> noteText = noteText(stripped);
			if (noteText.isPresent()) {
				closeParagraph();
				closeNote();
				blankSinceRow = rowLabel != null;
				note = new StringBuilder(noteText.get().strip());
				noteFirst = number;
				noteLast = number;
				return;
			}
			String[] cells = cells(line);
			Optional<ActionAreaHeading> heading = ActionAreaHeading.in(cells == null ? stripped : cells[0]);
			if (heading.isPresent()) {
				closeParagraph();
				closeNote();
				closeRow();
				entries.add(new AreaStart(heading.get(), LineSpan.of(number)));
				if (cells != null && !cells[1].isBlank()) {
					openRow("Specific objective", cells[1], number);
				}
				return;
			}
			if (cells != null) {
				closeParagraph();
				closeNote();
				if (cells[0].isBlank() && rowLabel != null) {
					continueRow(cells[1], number);
				}
				else if (cells[0].isBlank()) {
					startOrContinueParagraph(cells[1].strip(), number);
				}
				else {
					closeRow();
					openRow(cells[0], cells[1], number);
				}
				return;
			}
			if (pageHeaders.contains(stripped) || isShouted(stripped)) {
				closeParagraph();
				closeNote();
				return;
			}
			if (stripped.startsWith("#")) {
				closeParagraph();
				closeNote();
				closeRow();
				entries.add(new Prose(stripped.replaceFirst("^#{1,6}\\s*", ""), LineSpan.of(number), true));
				return;
			}
			if (note != null) {
				note.append(' ').append(stripped);
				noteLast = number;
				return;
			}
			if (rowLabel != null && continuesRow(stripped)) {
				continueRow(stripped, number);
				return;
			}
			closeRow();
			startOrContinueParagraph(stripped, number);
		}

		private boolean continuesRow(String stripped) {
			boolean listLine = startsLikeListItem(stripped);
			if (blankSinceRow) {
				return rowTakesListLines && (listLine || rowValue.stream().allMatch(piece -> piece.text().isBlank()));
			}
			boolean valueYetToCome = rowValue.stream().allMatch(piece -> piece.text().isBlank());
			return valueYetToCome || listLine || Character.isLowerCase(stripped.codePointAt(0))
					|| !endsSentence(rowValue.get(rowValue.size() - 1).text());
		}

		private void openRow(String label, String value, int number) {
			rowLabel = label;
			rowTakesListLines = RowLabel.of(label).kind() == RowLabel.Kind.ACTIONS;
			rowValue = new ArrayList<>();
			rowValue.add(new Piece(value, number));
			rowFirst = number;
			rowLast = number;
			blankSinceRow = false;
		}

		private void continueRow(String value, int number) {
			rowValue.add(new Piece(value, number));
			rowLast = number;
			blankSinceRow = false;
		}

		private void closeRow() {
			if (rowLabel != null) {
				entries.add(new Row(rowLabel, rowValue, new LineSpan(rowFirst, rowLast)));
			}
			rowLabel = null;
			rowValue = null;
			blankSinceRow = false;
		}

		private void startOrContinueParagraph(String text, int number) {
			if (paragraph == null) {
				paragraph = new StringBuilder(text);
				paragraphFirst = number;
			}
			else {
				paragraph.append(' ').append(text);
			}
			paragraphLast = number;
		}

		private void closeParagraph() {
			if (paragraph != null) {
				entries.add(new Prose(paragraph.toString(), new LineSpan(paragraphFirst, paragraphLast), false));
			}
			paragraph = null;
		}

		private void closeNote() {
			if (note != null) {
				entries.add(new Note(note.toString(), new LineSpan(noteFirst, noteLast)));
			}
			note = null;
		}

	}

}
