package eu.lac.alliance.domain.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The audit trail as admins read it: newest first, filtered, a page at a time in a fixed
 * number of statements, or all of it at once for the CSV export.
 */
public interface AuditLog {

	/** The entries matching {@code filter}, newest first; {@code page} is 1-based. */
	Page page(Filter filter, int page, int size);

	/** Every entry matching {@code filter}, newest first, handed on one at a time. */
	void each(Filter filter, Consumer<Entry> entries);

	/**
	 * What to show; null fields do not filter. {@code subjectType} and {@code subjectId}
	 * name one record (an item is {@code action_item}); dates are whole days, both
	 * included, in UTC.
	 */
	record Filter(String actor, AuditKind kind, String subjectType, Long subjectId, LocalDate from, LocalDate to) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null);
		}

	}

	record Page(List<Entry> entries, long total) {
	}

	/**
	 * One stored event; {@code before} and {@code after} are null unless it was an edit.
	 */
	record Entry(long id, Instant occurredAt, String actor, String kind, String subjectType, Long subjectId,
			String summary, Map<String, String> before, Map<String, String> after, String address) {

		/** When, on the UTC clock the page shows. */
		public LocalDateTime occurredAtUtc() {
			return LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
		}

		/** Each field an edit touched, in name order, with its value before and after. */
		public List<Change> changes() {
			if (before == null && after == null) {
				return List.of();
			}
			TreeSet<String> fields = new TreeSet<>();
			if (before != null) {
				fields.addAll(before.keySet());
			}
			if (after != null) {
				fields.addAll(after.keySet());
			}
			List<Change> changes = new ArrayList<>();
			for (String field : fields) {
				String was = before == null ? null : before.get(field);
				String is = after == null ? null : after.get(field);
				changes.add(new Change(field, was, is, !Objects.equals(was, is)));
			}
			return changes;
		}

	}

	/** One field of an edit. */
	record Change(String field, String before, String after, boolean changed) {
	}

}
