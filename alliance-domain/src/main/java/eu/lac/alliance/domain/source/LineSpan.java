package eu.lac.alliance.domain.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The first and last line (1-based, inclusive) of a source document that an element came
 * from.
 */
@Embeddable
public record LineSpan(@Column(name = "first_line") int first, @Column(name = "last_line") int last) {

	public LineSpan {
		if (first < 1 || last < first) {
			throw new IllegalArgumentException("expected lines 1 <= first <= last but found " + first + ".." + last);
		}
	}

	public static LineSpan of(int line) {
		return new LineSpan(line, line);
	}

	/** The smallest span that covers both. */
	public LineSpan union(LineSpan other) {
		return other == null ? this : new LineSpan(Math.min(first, other.first), Math.max(last, other.last));
	}

	@Override
	public String toString() {
		return first == last ? "line " + first : "lines " + first + "-" + last;
	}

}
