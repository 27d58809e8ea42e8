package eu.lac.alliance.domain.source;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads an imported document's text by lines, for the source page. */
public interface SourceTextReadModel {

	Optional<SourceText> source(long id);

	/**
	 * A document's name, layout, import time and its text as numbered lines (1-based).
	 */
	record SourceText(long id, String fileName, String layout, Instant importedAt, List<String> lines) {
	}

}
