package eu.lac.alliance.web.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.StringJoiner;

import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditLog;

/**
 * The audit page's filters as read (only the valid ones), and its links keeping them: the
 * older and newer pages, and the CSV of the same selection.
 */
record AuditLinks(String actor, AuditKind kind, String subjectType, Long subject, LocalDate from, LocalDate to) {

	AuditLog.Filter filter() {
		return new AuditLog.Filter(actor, kind, subjectType, subject, from, to);
	}

	/** The same selection, the page of the entries just older than entry {@code id}. */
	public String older(long id) {
		return build("/admin/audit", "olderThan", id);
	}

	/** The same selection, the page of the entries just newer than entry {@code id}. */
	public String newer(long id) {
		return build("/admin/audit", "newerThan", id);
	}

	/** The same selection as CSV, every page at once. */
	public String csv() {
		return build("/admin/audit.csv", null, null);
	}

	/**
	 * The selection an export covers: the filter's days, cut to the {@code days} before
	 * the day {@code to} (today when the filter has no end, and never after today).
	 */
	AuditLinks exportedWithin(LocalDate today, int days) {
		LocalDate last = to == null || to.isAfter(today) ? today : to;
		LocalDate earliest = last.minusDays(days - 1L);
		LocalDate first = from == null || from.isBefore(earliest) ? earliest : from;
		return new AuditLinks(actor, kind, subjectType, subject, first, last);
	}

	private String build(String path, String cursorName, Long cursor) {
		StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
		add(query, "actor", actor);
		add(query, "kind", kind == null ? null : kind.name());
		add(query, "subjectType", subjectType);
		add(query, "subject", subject == null ? null : subject.toString());
		add(query, "from", from == null ? null : from.toString());
		add(query, "to", to == null ? null : to.toString());
		add(query, cursorName, cursor == null ? null : cursor.toString());
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		if (value != null) {
			query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
