package eu.lac.alliance.web.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.StringJoiner;

import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditLog;

/**
 * The audit page's filters as read (only the valid ones), and its links keeping them: the
 * pages, and the CSV of the same selection.
 */
record AuditLinks(String actor, AuditKind kind, String subjectType, Long subject, LocalDate from, LocalDate to) {

	AuditLog.Filter filter() {
		return new AuditLog.Filter(actor, kind, subjectType, subject, from, to);
	}

	/** The same selection at page {@code number}. */
	public String page(int number) {
		return build("/admin/audit", number);
	}

	/** The same selection as CSV, every page at once. */
	public String csv() {
		return build("/admin/audit.csv", 1);
	}

	private String build(String path, int number) {
		StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
		add(query, "actor", actor);
		add(query, "kind", kind == null ? null : kind.name());
		add(query, "subjectType", subjectType);
		add(query, "subject", subject == null ? null : subject.toString());
		add(query, "from", from == null ? null : from.toString());
		add(query, "to", to == null ? null : to.toString());
		add(query, "page", number > 1 ? Integer.toString(number) : null);
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		if (value != null) {
			query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
