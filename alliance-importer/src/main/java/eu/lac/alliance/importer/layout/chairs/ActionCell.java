package eu.lac.alliance.importer.layout.chairs;

import java.util.Arrays;
import java.util.List;

import eu.lac.alliance.importer.text.HtmlText;

/**
 * The value of an action row as plain text that still knows its structure: jsoup reads
 * whatever list markup the cell carries ({@code
 *
<ol>
 * }, {@code
 *
<ul>
 * }, {@code
 *
<li>}, {@code
 *
<p>
 * }, often unclosed), and each character remembers the line it came from, whether a block
 * or list item starts there, and how deep in nested lists it sits. The numbering itself
 * is left to {@link NumberedActions}, because the documents run their numbers into the
 * text rather than letting the markup number them.
 */
final class ActionCell {

	/**
	 * Marks the start of a source line inside the fragment handed to jsoup: \uE000 index
	 * \uE001.
	 */
	private static final char LINE_MARK = '\uE000';

	private static final char LINE_MARK_END = '\uE001';

	private final StringBuilder text = new StringBuilder();

	private int[] lineAt = new int[64];

	/** Per character: -1, or the list depth when a block starts at this character. */
	private int[] blockDepthAt = new int[64];

	private boolean[] listItemAt = new boolean[64];

	private boolean[] lineStartAt = new boolean[64];

	private int currentLine;

	private boolean pendingBlock = true;

	private boolean pendingListItem;

	private boolean pendingLineStart = true;

	private int listDepth;

	private ActionCell() {
	}

	/** Reads a row value given as the text of each line it spans. */
	static ActionCell read(List<ConclusionOutline.Piece> pieces) {
		ActionCell cell = new ActionCell();
		if (pieces.isEmpty()) {
			return cell;
		}
		int[] lines = new int[pieces.size()];
		StringBuilder fragment = new StringBuilder();
		for (int i = 0; i < pieces.size(); i++) {
			lines[i] = pieces.get(i).line();
			String piece = pieces.get(i).text().replace(LINE_MARK, ' ').replace(LINE_MARK_END, ' ');
			fragment.append(i == 0 ? "" : "\n").append(LINE_MARK).append(i).append(LINE_MARK_END).append(piece);
		}
		cell.currentLine = lines[0];
		HtmlText.walk(fragment.toString(), ConclusionText::isFootnoteMarker, cell.new Visitor(lines));
		return cell;
	}

	int length() {
		return text.length();
	}

	char charAt(int index) {
		return text.charAt(index);
	}

	String text(int from, int to) {
		return text.substring(from, to);
	}

	String text() {
		return text.toString();
	}

	int lineAt(int index) {
		return lineAt[Math.min(Math.max(index, 0), Math.max(text.length() - 1, 0))];
	}

	/** True when a paragraph, list or list item starts at this character. */
	boolean blockStartsAt(int index) {
		return blockDepthAt[index] >= 0;
	}

	/**
	 * The list depth of the block starting here (0 outside lists); only meaningful where
	 * a block starts.
	 */
	int blockDepthAt(int index) {
		return blockDepthAt[index];
	}

	boolean listItemStartsAt(int index) {
		return listItemAt[index];
	}

	boolean lineStartsAt(int index) {
		return lineStartAt[index];
	}

	private void appendText(String raw) {
		String clean = ConclusionText.inline(raw);
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
				if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
					append(' ');
				}
				continue;
			}
			append(c);
		}
	}

	private void append(char c) {
		int index = text.length();
		if (index == lineAt.length) {
			int size = index * 2;
			lineAt = Arrays.copyOf(lineAt, size);
			blockDepthAt = Arrays.copyOf(blockDepthAt, size);
			listItemAt = Arrays.copyOf(listItemAt, size);
			lineStartAt = Arrays.copyOf(lineStartAt, size);
		}
		text.append(c);
		lineAt[index] = currentLine;
		blockDepthAt[index] = -1;
		listItemAt[index] = false;
		lineStartAt[index] = false;
		if (c != ' ') {
			if (pendingBlock) {
				blockDepthAt[index] = listDepth;
				listItemAt[index] = pendingListItem;
			}
			lineStartAt[index] = pendingLineStart;
			pendingBlock = false;
			pendingListItem = false;
			pendingLineStart = false;
		}
	}

	private void blockBoundary() {
		pendingBlock = true;
		if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
			append(' ');
		}
	}

	/**
	 * Walks the parsed fragment, turning markup into boundaries and line marks into line
	 * numbers.
	 */
	private final class Visitor implements HtmlText.BlockListener {

		private final int[] lines;

		Visitor(int[] lines) {
			this.lines = lines;
		}

		@Override
		public void blockOpens(String name) {
			if (name.equals("ol") || name.equals("ul")) {
				listDepth++;
			}
			blockBoundary();
			if (name.equals("li")) {
				pendingListItem = true;
			}
		}

		@Override
		public void blockCloses(String name) {
			if (name.equals("ol") || name.equals("ul")) {
				listDepth = Math.max(0, listDepth - 1);
			}
			blockBoundary();
		}

		@Override
		public void text(String raw) {
			int from = 0;
			int mark = raw.indexOf(LINE_MARK);
			while (mark >= 0) {
				appendText(raw.substring(from, mark));
				int end = raw.indexOf(LINE_MARK_END, mark);
				if (end < 0) {
					from = mark + 1;
					break;
				}
				int index = parseIndex(raw.substring(mark + 1, end));
				if (index >= 0 && index < lines.length) {
					currentLine = lines[index];
					pendingLineStart = true;
					if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
						append(' ');
					}
				}
				from = end + 1;
				mark = raw.indexOf(LINE_MARK, from);
			}
			appendText(raw.substring(from));
		}

		private int parseIndex(String digits) {
			if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
				return -1;
			}
			return Integer.parseInt(digits);
		}

	}

}
