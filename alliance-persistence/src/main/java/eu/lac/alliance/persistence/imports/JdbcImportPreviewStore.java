package eu.lac.alliance.persistence.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.imports.ImportPreview;
import eu.lac.alliance.domain.imports.ImportPreviewStore;

/**
 * Uploaded files and their previews in {@code import_preview}: one row each, read without
 * its bytes except where the bytes are wanted.
 */
@Repository
class JdbcImportPreviewStore implements ImportPreviewStore {

	private static final String COLUMNS = "id, file_name, content_type, content_hash, created_by, created_at, status, "
			+ "problem, corrections::text as corrections, shown::text as shown, run_id";

	private final JdbcClient jdbc;

	JdbcImportPreviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long save(String fileName, String contentType, byte[] content, String contentHash, String createdBy,
			ImportPreview.Status status, String problem, String corrections, String shown) {
		return jdbc.sql("""
				insert into import_preview (file_name, content_type, content, content_hash, created_by, status, problem,
				                            corrections, shown)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
				returning id
				""")
			.params(fileName, contentType, content, contentHash, createdBy, status.name(), problem, corrections, shown)
			.query(Long.class)
			.single();
	}

	@Override
	public Optional<ImportPreview> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from import_preview where id = ?")
			.param(id)
			.query(JdbcImportPreviewStore::preview)
			.optional();
	}

	@Override
	public Optional<byte[]> content(long id) {
		return jdbc.sql("select content from import_preview where id = ?").param(id).query(byte[].class).optional();
	}

	@Override
	public void revise(long id, ImportPreview.Status status, String problem, String corrections, String shown) {
		jdbc.sql(
				"""
						update import_preview
						set status = ?, problem = ?, corrections = cast(? as jsonb), shown = cast(? as jsonb), updated_at = now()
						where id = ? and status <> 'CONFIRMED'
						""")
			.params(status.name(), problem, corrections, shown, id)
			.update();
	}

	@Override
	public boolean confirmed(long id, long runId) {
		return jdbc.sql("""
				update import_preview set status = 'CONFIRMED', run_id = ?, updated_at = now()
				where id = ? and status = 'PREVIEWED'
				""").params(runId, id).update() == 1;
	}

	@Override
	public List<ImportPreview> awaiting(int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from import_preview where status <> 'CONFIRMED' "
					+ "order by created_at desc, id desc limit ?")
			.param(limit)
			.query(JdbcImportPreviewStore::preview)
			.list();
	}

	private static ImportPreview preview(ResultSet rs, int row) throws SQLException {
		Timestamp created = rs.getTimestamp("created_at");
		Long run = rs.getObject("run_id", Long.class);
		return new ImportPreview(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getString("content_hash"), rs.getString("created_by"), created.toInstant(),
				ImportPreview.Status.valueOf(rs.getString("status")), rs.getString("problem"),
				rs.getString("corrections"), rs.getString("shown"), run);
	}

}
