package eu.lac.alliance.domain.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One change as the audit trail keeps it: who made it (an account name, or the user name
 * typed at a failed sign-in), what kind, on which record, a one-line summary, and for
 * edits the fields before and after. Where it came from and when are added by the trail.
 */
public record AuditEvent(String actor, AuditKind kind, String subjectType, Long subjectId, String summary,
		Map<String, String> before, Map<String, String> after) {

	public AuditEvent {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(summary, "summary");
		if ((subjectType == null) != (subjectId == null)) {
			throw new IllegalArgumentException("a subject needs both its type and its id");
		}
		before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
		after = after == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(after));
	}

	/** A change to one record, without field values (a review, a join, an import). */
	public static AuditEvent of(String actor, AuditKind kind, String subjectType, long subjectId, String summary) {
		return new AuditEvent(actor, kind, subjectType, subjectId, summary, null, null);
	}

	/**
	 * An edit of one record, with the fields that changed as they were and as they are.
	 */
	public static AuditEvent edit(String actor, AuditKind kind, String subjectType, long subjectId, String summary,
			Map<String, String> before, Map<String, String> after) {
		return new AuditEvent(actor, kind, subjectType, subjectId, summary, before, after);
	}

	/**
	 * A change about no stored record (a failed sign-in for a name that has no account).
	 */
	public static AuditEvent unattached(String actor, AuditKind kind, String summary) {
		return new AuditEvent(actor, kind, null, null, summary, null, null);
	}

}
