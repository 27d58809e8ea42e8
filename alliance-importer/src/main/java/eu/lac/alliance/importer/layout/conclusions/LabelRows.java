package eu.lac.alliance.importer.layout.conclusions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.lac.alliance.domain.source.LineSpan;

/**
 * The label/value rows under one policy-area heading while they are read: each label's
 * values in order, with continuation rows ("\t- more") added to the label above them.
 */
final class LabelRows {

	/**
	 * The text of one row (or of a row and the wrapped lines that continue it) and where
	 * it stands.
	 */
	record Value(String text, LineSpan lines) {
	}

	private final String heading;

	private final int headingLine;

	private int lastLine;

	private final Map<ConclusionLabel, List<Value>> values = new EnumMap<>(ConclusionLabel.class);

	private int rowCount;

	LabelRows(String heading, int headingLine) {
		this.heading = heading;
		this.headingLine = headingLine;
		this.lastLine = headingLine;
	}

	String heading() {
		return heading;
	}

	int headingLine() {
		return headingLine;
	}

	boolean hasRows() {
		return rowCount > 0;
	}

	/** Counts a row the block holds, whether or not its label was understood. */
	void countRow(int line) {
		rowCount++;
		lastLine = Math.max(lastLine, line);
	}

	/**
	 * Adds a row's value under {@code label}. A continuation that starts in lower case
	 * after text that stops mid-sentence is the same sentence wrapped, and joins it.
	 */
	void add(ConclusionLabel label, String text, int line, boolean continuation) {
		lastLine = Math.max(lastLine, line);
		if (text.isBlank()) {
			return;
		}
		List<Value> list = values.computeIfAbsent(label, key -> new ArrayList<>());
		if (continuation && !list.isEmpty() && wraps(list.get(list.size() - 1).text(), text)) {
			Value last = list.remove(list.size() - 1);
			list.add(new Value(last.text() + " " + text.strip(), last.lines().union(LineSpan.of(line))));
			return;
		}
		list.add(new Value(text.strip(), LineSpan.of(line)));
	}

	List<Value> values(ConclusionLabel label) {
		return values.getOrDefault(label, List.of());
	}

	LineSpan lines() {
		return new LineSpan(headingLine, Math.max(headingLine, lastLine));
	}

	private static boolean wraps(String previous, String next) {
		String stripped = next.strip();
		if (stripped.isEmpty() || previous.isEmpty()) {
			return false;
		}
		char last = previous.charAt(previous.length() - 1);
		int first = stripped.codePointAt(0);
		return ".!?:;".indexOf(last) < 0 && Character.isLetter(first) && Character.isLowerCase(first);
	}

}
