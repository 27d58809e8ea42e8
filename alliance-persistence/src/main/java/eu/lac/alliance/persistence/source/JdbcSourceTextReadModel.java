package eu.lac.alliance.persistence.source;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.source.SourceTextReadModel;
import eu.lac.alliance.persistence.progress.UpdateRows;

/**
 * A source document's text in one statement, split into lines as the importer numbered
 * them.
 */
@Repository
class JdbcSourceTextReadModel implements SourceTextReadModel {

	private final JdbcClient jdbc;

	JdbcSourceTextReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<SourceText> source(long id) {
		return jdbc.sql("select id, file_name, layout, imported_at, text from source_document where id = :id")
			.param("id", id)
			.query((rs, n) -> new SourceText(rs.getLong(1), rs.getString(2), rs.getString(3),
					UpdateRows.instant(rs, "imported_at"), rs.getString(5).lines().toList()))
			.optional();
	}

}
