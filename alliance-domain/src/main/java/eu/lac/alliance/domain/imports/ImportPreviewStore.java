package eu.lac.alliance.domain.imports;

import java.util.List;
import java.util.Optional;

/** Where uploaded files wait, with their previews, until they are confirmed. */
public interface ImportPreviewStore {

	/** Stores a new upload and returns its id. */
	long save(String fileName, String contentType, byte[] content, String contentHash, String createdBy,
			ImportPreview.Status status, String problem, String corrections, String shown);

	/** The preview without its bytes. */
	Optional<ImportPreview> find(long id);

	/** The uploaded bytes. */
	Optional<byte[]> content(long id);

	/** Replaces the corrections and what the page shows (after a correction). */
	void revise(long id, ImportPreview.Status status, String problem, String corrections, String shown);

	/**
	 * Marks the preview confirmed as {@code runId}; false when it was confirmed already
	 * (by another request or instance), so it is imported once.
	 */
	boolean confirmed(long id, long runId);

	/** Uploads not yet confirmed, newest first, without their bytes. */
	List<ImportPreview> awaiting(int limit);

}
