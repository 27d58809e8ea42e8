package eu.lac.alliance.domain.source;

import java.util.List;
import java.util.Optional;

/** The documents imported, kept as evidence. */
public interface SourceDocumentRepository {

	<S extends SourceDocument> S save(S entity);

	Optional<SourceDocument> findById(Long id);

	List<SourceDocument> findAll();

	long count();

	Optional<SourceDocument> findByContentHash(String contentHash);

}
