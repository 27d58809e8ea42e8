package eu.lac.alliance.domain.correction;

import java.time.Instant;

/**
 * A field of a record that a person corrected: who did last, when, and what the document
 * said before the first correction (so an import can tell the document's own change from
 * the old wording).
 */
public record HandCorrection(String subjectType, long subjectId, String field, String correctedBy, Instant correctedAt,
		String documentValue) {
}
