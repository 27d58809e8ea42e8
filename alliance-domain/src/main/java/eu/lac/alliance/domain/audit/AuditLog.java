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

	/**
	 * Up to {@code size} entries matching {@code filter}, newest first, starting at
	 * {@code from}: a keyset page, so that the thousandth page costs what the first does
	 * and an event recorded meanwhile does not shift the pages.
	 */
	Page page(Filter filter, Cursor from, int size);

	/**
	 * Every entry matching {@code filter}, newest first, handed on one at a time as the
	 * database sends them (never the whole selection in memory).
	 */
	void each(Filter filter, Consumer<Entry> entries);

	/**
	 * Where a page starts: at the newest entry, or just older or just newer than the
	 * entry {@code id} (in the order {@code (occurred_at desc, id desc)}).
	 */
	record Cursor(Long olderThan, Long newerThan) {

		public Cursor {
			if (olderThan != null && newerThan != null) {
				throw new IllegalArgumentException("a page starts on one side of one entry");
			}
		}

		public static Cursor newest() {
			return new Cursor(null, null);
		}

		public static Cursor olderThan(long id) {
			return new Cursor(id, null);
		}

		public static Cursor newerThan(long id) {
			return new Cursor(null, id);
		}

		/** The entry the page starts beside, or null for the newest page. */
		public Long entry() {
			return olderThan != null ? olderThan : newerThan;
		}

	}

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

	/**
	 * One page, the number of entries matching the filter on every page, and the entries
	 * the links to the neighbouring pages start beside (null when there is none).
	 */
	record Page(List<Entry> entries, long total, Long newer, Long older) {

		public boolean hasNewer() {
			return newer != null;
		}

		public boolean hasOlder() {
			return older != null;
		}

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
