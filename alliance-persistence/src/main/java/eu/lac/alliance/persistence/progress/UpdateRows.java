package eu.lac.alliance.persistence.progress;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import eu.lac.alliance.domain.actionitem.ItemPage;
import eu.lac.alliance.domain.progress.ReviewState;

/**
 * The one way an update row is selected and read, shared by the item page and the review
 * queue so both show an update, its decision and what it corrects alike.
 */
public final class UpdateRows {

	/** Columns of an update; tables aliased u, c (country), r (review), o and orr. */
	public static final String COLUMNS = """
			u.id, u.country_code, c.name as country_name, u.status, u.as_of, u.note,
			coalesce((select array_agg(e.url order by e.position) from progress_evidence e
			          where e.progress_update_id = u.id), '{}') as evidence,
			u.author, u.on_behalf, u.submitted_at, r.decision, r.reviewer, r.reviewed_at, r.comment as review_comment,
			o.id as o_id, o.status as o_status, o.as_of as o_as_of, o.note as o_note,
			coalesce((select array_agg(e.url order by e.position) from progress_evidence e
			          where e.progress_update_id = o.id), '{}') as o_evidence,
			orr.comment as o_review_comment
			""";

	/** The joins {@link #COLUMNS} needs after {@code from progress_update u}. */
	public static final String JOINS = """
			join country c on c.code = u.country_code
			left join progress_review r on r.progress_update_id = u.id
			left join progress_update o on o.id = u.corrects_update_id
			left join progress_review orr on orr.progress_update_id = o.id
			""";

	private UpdateRows() {
	}

	public static ItemPage.Update read(ResultSet rs, Map<Long, List<ItemPage.Comment>> comments) throws SQLException {
		long id = rs.getLong("id");
		String decision = rs.getString("decision");
		ItemPage.Correction corrects = null;
		long correctedId = rs.getLong("o_id");
		if (!rs.wasNull()) {
			corrects = new ItemPage.Correction(correctedId, rs.getString("o_status"),
					rs.getObject("o_as_of", LocalDate.class), rs.getString("o_note"),
					strings(rs.getArray("o_evidence")), rs.getString("o_review_comment"));
		}
		return new ItemPage.Update(id, rs.getString("country_code"), rs.getString("country_name"),
				rs.getString("status"), rs.getObject("as_of", LocalDate.class), rs.getString("note"),
				strings(rs.getArray("evidence")), rs.getString("author"), rs.getBoolean("on_behalf"),
				instant(rs, "submitted_at"), decision == null ? ReviewState.PENDING : ReviewState.valueOf(decision),
				rs.getString("reviewer"), instant(rs, "reviewed_at"), rs.getString("review_comment"), corrects,
				comments.getOrDefault(id, List.of()));
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	public static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
