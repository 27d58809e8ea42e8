package eu.lac.alliance.persistence.source;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.source.SourceDocumentRepository;
import eu.lac.alliance.domain.source.SourceDocument;

/** Spring Data's implementation of the domain's {@link SourceDocumentRepository}. */
public interface JpaSourceDocumentRepository extends JpaRepository<SourceDocument, Long>, SourceDocumentRepository {

}
