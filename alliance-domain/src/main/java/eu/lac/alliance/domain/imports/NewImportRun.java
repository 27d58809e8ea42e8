package eu.lac.alliance.domain.imports;

import java.util.Map;

/**
 * An import that has just written a document, as its run is recorded.
 *
 * @param fileName the file's name
 * @param contentType the type the browser declared, or null
 * @param content the original bytes (kept with the run, so it can be downloaded after a
 * revert)
 * @param contentHash SHA-256 of the bytes
 * @param layout the layout it was read as
 * @param importedBy who confirmed it
 * @param sourceDocumentId the stored document
 * @param dialogueId the dialogue it was written to
 * @param dialogueTitle that dialogue's title
 * @param previewId the preview it was confirmed from, or null (command line, seeds)
 * @param changes per kind of element, what it did
 */
public record NewImportRun(String fileName, String contentType, byte[] content, String contentHash, String layout,
		String importedBy, long sourceDocumentId, Long dialogueId, String dialogueTitle, Long previewId,
		Map<String, ElementCounts> changes) {

	public NewImportRun {
		changes = Map.copyOf(changes);
	}

}
