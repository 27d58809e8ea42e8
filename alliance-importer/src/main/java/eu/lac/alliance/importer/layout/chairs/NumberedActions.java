package eu.lac.alliance.importer.layout.chairs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.text.Numbering;

/**
 * Finds the numbered actions ("4. Exchange ...") and their lettered sub-items ("b. Study
 * visit ...") in the value of an action row. The conversion runs numbers straight into
 * the text ("civil society.5. Exchange", "cyberspacec. implementation"), so a number or
 * letter starts an item only where the sequence expects it next, or where the markup
 * starts a block: "5G", "2017", "EU-LAC 2025" and "(i.e., CZ)" stay text. Numbering
 * continues from row to row, as the documents number their actions through the whole
 * text; a number out of sequence is taken at a block start and reported.
 */
final class NumberedActions {

	/**
	 * An action or sub-item as found: its number, its letter (0 for a numbered action)
	 * and its text.
	 */
	record Found(int number, char letter, String text, int firstLine, int lastLine) {

		boolean isSubItem() {
			return letter != 0;
		}

	}

	private record Marker(int number, char letter, int contentStart, String warning) {
	}

	private static final String SENTENCE_ENDS = ".;:!?";

	private static final String BULLETS = "•·▪◦‣–-*";

	/** An action introduced by the word: "Action 4:", "Acción 4 –", "Ação 4.". */
	private static final Pattern ACTION_WORD = Pattern
		.compile("(?iu)(?:" + Numbering.words("item") + ")\\s{1,3}(\\d{1,3})\\s{0,2}[:.)–—-]\\s{1,3}");

	private final List<ParseWarning> warnings;

	private int lastNumber;

	NumberedActions(List<ParseWarning> warnings) {
		this.warnings = warnings;
	}

	/**
	 * The actions of one row's value, in order; {@code rowLine} is where the row starts.
	 */
	List<Found> split(ActionCell cell, int rowLine) {
		return new Scan(cell, rowLine).run();
	}

	/** One pass over one cell. */
	private final class Scan {

		private final ActionCell cell;

		private final int rowLine;

		private final List<Item> items = new ArrayList<>();

		private final StringBuilder preamble = new StringBuilder();

		private int preambleLine;

		private int preambleLast;

		private Item current;

		private Item parent;

		private int numberDepth = -1;

		private int letterDepth = -1;

		private char lastLetter;

		private int depth;

		private int firstContent = -1;

		Scan(ActionCell cell, int rowLine) {
			this.cell = cell;
			this.rowLine = rowLine;
		}

		List<Found> run() {
			int n = cell.length();
			int from = 0;
			int p = 0;
			while (p < n) {
				char c = cell.charAt(p);
				if (c != ' ' && firstContent < 0) {
					firstContent = p;
				}
				if (c != ' ' && cell.blockStartsAt(p)) {
					depth = cell.blockDepthAt(p);
				}
				Marker marker = c == ' ' ? null : markerAt(p);
				if (marker == null && c != ' ' && cell.listItemStartsAt(p)) {
					marker = implicitMarker(p);
				}
				if (marker == null && c != ' ' && cell.blockStartsAt(p) && current != null && current != parent
						&& depth < letterDepth) {
					take(from, p);
					current = parent;
					from = p;
				}
				if (marker != null) {
					take(from, p);
					open(marker, p);
					from = marker.contentStart();
					// an unnumbered list item's text starts where its marker is: step
					// past it all the same
					p = Math.max(marker.contentStart(), p + 1);
					continue;
				}
				p++;
			}
			take(from, n);
			return finish();
		}

		private void open(Marker marker, int at) {
			int line = cell.lineAt(at);
			if (marker.warning() != null) {
				warnings.add(ParseWarning.at(line, marker.warning()));
			}
			Item item = new Item(marker.number(), marker.letter(), line);
			items.add(item);
			current = item;
			if (marker.letter() == 0) {
				parent = item;
				lastNumber = marker.number();
				lastLetter = 0;
				numberDepth = depth;
				letterDepth = -1;
			}
			else {
				lastLetter = marker.letter();
				letterDepth = depth;
			}
		}

		private void take(int from, int to) {
			if (to <= from) {
				return;
			}
			if (current == null) {
				if (preamble.isEmpty()) {
					preambleLine = cell.lineAt(from);
				}
				preamble.append(cell.text(from, to));
				preambleLast = Math.max(preambleLine, cell.lineAt(to - 1));
				return;
			}
			current.text.append(cell.text(from, to));
			for (int i = to - 1; i >= from; i--) {
				if (cell.charAt(i) != ' ') {
					current.lastLine = Math.max(current.lastLine, cell.lineAt(i));
					break;
				}
			}
		}

		private List<Found> finish() {
			String before = ConclusionText.squeeze(preamble.toString());
			boolean substantive = before.codePoints().filter(Character::isLetter).count() >= 3;
			List<Found> found = new ArrayList<>();
			if (substantive && items.isEmpty()) {
				int number = lastNumber + 1;
				warnings.add(ParseWarning.at(preambleLine,
						"expected a numbered action but found unnumbered text; numbered it " + number));
				lastNumber = number;
				found.add(new Found(number, (char) 0, stripBullet(before), preambleLine, preambleLast));
				return found;
			}
			if (substantive) {
				warnings.add(ParseWarning.at(preambleLine,
						"text before the first numbered action skipped: \"" + abbreviate(before) + "\""));
			}
			for (Item item : items) {
				found.add(new Found(item.number, item.letter, stripBullet(ConclusionText.squeeze(item.text.toString())),
						item.firstLine, Math.max(item.firstLine, item.lastLine)));
			}
			return found;
		}

		private Marker markerAt(int p) {
			char c = cell.charAt(p);
			if (c >= '0' && c <= '9') {
				return numberAt(p);
			}
			if (c >= 'a' && c <= 'z' && parent != null) {
				Marker letter = letterAt(p);
				return letter != null ? letter : romanAt(p, p, false);
			}
			if (c == '(') {
				return bracketedAt(p);
			}
			if (Character.isUpperCase(c) && (atBoundary(p) || afterSentence(p))) {
				return actionWordAt(p);
			}
			return null;
		}

		/**
		 * "Action 4: Launch ...", "Acción 4 – ...", "Ação 4. ..." at the start of a block
		 * or a sentence.
		 */
		private Marker actionWordAt(int p) {
			Matcher matcher = ACTION_WORD.matcher(cell.text(p, Math.min(cell.length(), p + 40)));
			if (!matcher.lookingAt()) {
				return null;
			}
			int number = Integer.parseInt(matcher.group(1));
			int expected = lastNumber + 1;
			return new Marker(number, (char) 0, p + matcher.end(),
					number == expected ? null : outOfSequence(expected, number));
		}

		/** "(3) Train ...", "(a) surveys ...", "(ii) master's ..." */
		private Marker bracketedAt(int p) {
			int n = cell.length();
			int close = p + 1;
			while (close < n && close - p <= 5 && Character.isLetterOrDigit(cell.charAt(close))) {
				close++;
			}
			if (close == p + 1 || close >= n || cell.charAt(close) != ')' || close + 2 >= n
					|| cell.charAt(close + 1) != ' ' || !canStartText(cell.charAt(close + 2))) {
				return null;
			}
			String inside = cell.text(p + 1, close);
			boolean start = atBoundary(p) || afterSentence(p);
			if (inside.chars().allMatch(Character::isDigit) && inside.length() <= 3) {
				int number = Integer.parseInt(inside);
				int expected = lastNumber + 1;
				if (number == expected && (start || Character.isUpperCase(cell.charAt(close + 2)))) {
					return new Marker(number, (char) 0, close + 2, null);
				}
				return start && number > 0 ? new Marker(number, (char) 0, close + 2, outOfSequence(expected, number))
						: null;
			}
			// "(b)" run into the previous sub-item ("points of contact(b) cyber") still
			// continues a lettered list
			if (parent == null || !(start || charBefore(p) == ',' || lastLetter != 0)) {
				return null;
			}
			char expected = lastLetter == 0 ? 'a' : (char) (lastLetter + 1);
			if (inside.length() == 1 && inside.charAt(0) == expected) {
				return new Marker(parent.number, expected, close + 2, null);
			}
			return romanAt(p + 1, p, true);
		}

		/**
		 * A sub-item numbered in roman numerals ("i. short courses", "(ii) master's"),
		 * taken as the letter of its rank when it is the one expected next.
		 */
		private Marker romanAt(int p, int markerStart, boolean bracketed) {
			int n = cell.length();
			int q = p;
			while (q < n && q - p < 5 && "ivx".indexOf(cell.charAt(q)) >= 0) {
				q++;
			}
			if (q == p || q >= n || (bracketed ? cell.charAt(q) != ')' : cell.charAt(q) != '.' && cell.charAt(q) != ')')
					|| q + 2 >= n || cell.charAt(q + 1) != ' ' || !canStartText(cell.charAt(q + 2))) {
				return null;
			}
			if (markerStart > 0 && Character.isLetterOrDigit(cell.charAt(markerStart - 1))) {
				return null;
			}
			int rank = Numbering.roman(cell.text(p, q));
			char expected = lastLetter == 0 ? 'a' : (char) (lastLetter + 1);
			if (rank <= 0 || (char) ('a' + rank - 1) != expected
					|| !(atBoundary(markerStart) || afterSentence(markerStart))) {
				return null;
			}
			return new Marker(parent.number, expected, q + 2, null);
		}

		private boolean afterSentence(int p) {
			char before = charBefore(p);
			return SENTENCE_ENDS.indexOf(before) >= 0;
		}

		private Marker numberAt(int p) {
			int n = cell.length();
			if (p > 0 && Character.isLetterOrDigit(cell.charAt(p - 1))) {
				return null;
			}
			int q = p;
			while (q < n && Character.isDigit(cell.charAt(q)) && q - p <= 3) {
				q++;
			}
			if (q - p > 3 || q >= n || cell.charAt(q) != '.' && cell.charAt(q) != ')') {
				return null;
			}
			int r = q + 1;
			if (r >= n) {
				return null;
			}
			char after = cell.charAt(r);
			if (Character.isDigit(after) || after == '.' || after == ',' || after == ')') {
				return null;
			}
			int s = after == ' ' ? r + 1 : r;
			if (s >= n || !canStartText(cell.charAt(s))) {
				return null;
			}
			char first = cell.charAt(s);
			if (after != ' ' && !Character.isUpperCase(first)) {
				return null;
			}
			int number = Integer.parseInt(cell.text(p, q));
			int expected = lastNumber + 1;
			boolean boundary = atBoundary(p);
			char before = charBefore(p);
			boolean afterSentence = SENTENCE_ENDS.indexOf(before) >= 0 || before == ')';
			if (number == expected && (boundary || afterSentence)) {
				return new Marker(number, (char) 0, s, null);
			}
			if (number == expected && p > 0 && cell.charAt(p - 1) == ' ' && Character.isUpperCase(first)) {
				return new Marker(number, (char) 0, s, null);
			}
			if (number > 0 && boundary) {
				return new Marker(number, (char) 0, s, outOfSequence(expected, number));
			}
			if (number > expected && number <= expected + 3 && (before == '.' || before == ';')
					&& Character.isUpperCase(first)) {
				return new Marker(number, (char) 0, s, outOfSequence(expected, number));
			}
			return null;
		}

		private Marker letterAt(int p) {
			int n = cell.length();
			char c = cell.charAt(p);
			char expected = lastLetter == 0 ? 'a' : (char) (lastLetter + 1);
			if (c != expected || expected > 'z') {
				return null;
			}
			int q = p + 1;
			if (q >= n || cell.charAt(q) != '.' && cell.charAt(q) != ')') {
				return null;
			}
			int r = q + 1;
			if (r >= n || cell.charAt(r) != ' ' || r + 1 >= n || !canStartText(cell.charAt(r + 1))) {
				return null;
			}
			char first = cell.charAt(r + 1);
			if (atBoundary(p)) {
				return new Marker(parent.number, c, r + 1, null);
			}
			char prev = p > 0 ? cell.charAt(p - 1) : 0;
			if (Character.isLetterOrDigit(prev)) {
				boolean glued = lastLetter != 0 && Character.isLetter(prev) && Character.isLowerCase(first);
				return glued ? new Marker(parent.number, c, r + 1, null) : null;
			}
			int j = prev == ' ' ? p - 2 : p - 1;
			char before = j >= 0 ? cell.charAt(j) : 0;
			if (before == '.' && isAbbreviationDot(j)) {
				return null;
			}
			if (before == '.' || before == ';' || before == ':' || before == ')' || before == ',' && lastLetter != 0) {
				return new Marker(parent.number, c, r + 1, null);
			}
			return null;
		}

		/**
		 * A {@code
		 *
		<li>} without a number of its own: numbered (or lettered, when nested) by its
		 * place.
		 */
		private Marker implicitMarker(int p) {
			int start = p;
			if (BULLETS.indexOf(cell.charAt(p)) >= 0 && p + 1 < cell.length() && cell.charAt(p + 1) == ' ') {
				start = p + 2;
			}
			if (parent != null && depth > numberDepth) {
				char letter = lastLetter == 0 ? 'a' : (char) (lastLetter + 1);
				return letter > 'z' ? null : new Marker(parent.number, letter, start, null);
			}
			return new Marker(lastNumber + 1, (char) 0, start, null);
		}

		/** The "e" of "i.e." or the "g" of "e.g.": a dot after a single letter. */
		private boolean isAbbreviationDot(int dot) {
			return dot >= 1 && Character.isLetter(cell.charAt(dot - 1))
					&& (dot < 2 || !Character.isLetterOrDigit(cell.charAt(dot - 2)));
		}

		private boolean atBoundary(int p) {
			return p == firstContent || cell.blockStartsAt(p) || cell.lineStartsAt(p);
		}

		private char charBefore(int p) {
			int j = p - 1;
			if (j >= 0 && cell.charAt(j) == ' ') {
				j--;
			}
			return j >= 0 ? cell.charAt(j) : 0;
		}

		private boolean canStartText(char c) {
			return Character.isLetterOrDigit(c) || c == '(' || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«'
					|| c == '¿' || c == '¡';
		}

		private String outOfSequence(int expected, int found) {
			return "expected action " + expected + " but found " + found + " (numbers out of sequence)";
		}

	}

	private static String stripBullet(String text) {
		if (text.length() > 1 && BULLETS.indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ') {
			return text.substring(2);
		}
		return text;
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 57) + "...";
	}

	/** An item being filled while the scan goes on. */
	private static final class Item {

		private final int number;

		private final char letter;

		private final int firstLine;

		private int lastLine;

		private final StringBuilder text = new StringBuilder();

		Item(int number, char letter, int firstLine) {
			this.number = number;
			this.letter = letter;
			this.firstLine = firstLine;
			this.lastLine = firstLine;
		}

	}

}
