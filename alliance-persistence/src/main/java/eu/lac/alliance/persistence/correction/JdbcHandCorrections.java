package eu.lac.alliance.persistence.correction;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.correction.HandCorrection;
import eu.lac.alliance.domain.correction.HandCorrections;

/**
 * The hand-correction markers in V15's {@code hand_correction}: one row per record and
 * field, the first document value kept, who and when updated on every correction.
 */
@Repository
class JdbcHandCorrections implements HandCorrections {

	private final JdbcClient jdbc;

	JdbcHandCorrections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void corrected(String subjectType, long subjectId, String field, String by, String documentValue) {
		jdbc.sql("""
				insert into hand_correction (subject_type, subject_id, field, corrected_by, document_value)
				values (?, ?, ?, ?, ?)
				on conflict (subject_type, subject_id, field)
				do update set corrected_by = excluded.corrected_by, corrected_at = now()
				""").params(subjectType, subjectId, field, by, documentValue).update();
	}

	@Override
	public List<HandCorrection> of(String subjectType, Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select subject_type, subject_id, field, corrected_by, corrected_at, document_value
				from hand_correction where subject_type = :type and subject_id in (:ids)
				order by subject_id, corrected_at desc, field
				""")
			.param("type", subjectType)
			.param("ids", subjectIds)
			.query((rs, i) -> new HandCorrection(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	@Override
	public void followDocument(String subjectType, long subjectId, String field) {
		jdbc.sql("delete from hand_correction where subject_type = ? and subject_id = ? and field = ?")
			.params(subjectType, subjectId, field)
			.update();
	}

}
