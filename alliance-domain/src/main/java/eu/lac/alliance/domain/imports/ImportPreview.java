package eu.lac.alliance.domain.imports;

import java.time.Instant;

/**
 * An uploaded file kept in the database until an admin confirms it, so that its preview
 * survives a reload and any instance can show it. What the page shows and what the admin
 * corrected are opaque JSON documents to the domain: the web layer writes and reads them.
 *
 * @param id its id, in {@code /admin/imports/previews/{id}}
 * @param fileName the file's name as uploaded
 * @param contentType the type the browser declared, or null
 * @param contentHash SHA-256 of the bytes
 * @param createdBy the admin who uploaded it
 * @param createdAt when
 * @param status where it stands
 * @param problem why the importer refused it (status REFUSED), else null
 * @param corrections the admin's corrections (JSON)
 * @param shown what the preview page shows (JSON), or null when refused
 * @param runId the import it became, once confirmed
 */
public record ImportPreview(long id, String fileName, String contentType, String contentHash, String createdBy,
		Instant createdAt, Status status, String problem, String corrections, String shown, Long runId) {

	/** Where an uploaded file stands. */
	public enum Status {

		/** Read and previewed: it can be corrected and confirmed. */
		PREVIEWED,
		/** The importer could not read it; nothing can be confirmed. */
		REFUSED,
		/** Imported. */
		CONFIRMED

	}

	public boolean confirmable() {
		return status == Status.PREVIEWED;
	}

}
