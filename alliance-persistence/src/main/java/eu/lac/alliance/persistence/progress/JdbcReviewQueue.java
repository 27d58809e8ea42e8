package eu.lac.alliance.persistence.progress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.progress.ReviewQueue;
import eu.lac.alliance.domain.progress.ReviewState;

/** The review queue in one statement (plus one count), oldest first. */
@Repository
class JdbcReviewQueue implements ReviewQueue {

	private final JdbcClient jdbc;

	JdbcReviewQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Pending> pending(int limit) {
		return jdbc
			.sql("select i.id as item_id, i.code as item_code, i.title as item_title, " + UpdateRows.COLUMNS
					+ " from progress_update u join action_item i on i.id = u.action_item_id " + UpdateRows.JOINS
					+ " where r.id is null order by u.submitted_at, u.id limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new Pending(rs.getLong("item_id"), rs.getString("item_code"), rs.getString("item_title"),
					UpdateRows.read(rs, Map.of())))
			.list();
	}

	@Override
	public long pendingCount() {
		return jdbc
			.sql("select count(*) from progress_update u where not exists "
					+ "(select 1 from progress_review r where r.progress_update_id = u.id)")
			.query(Long.class)
			.single();
	}

	@Override
	public Optional<Decision> decisionOn(long updateId) {
		return jdbc.sql("select decision, reviewer from progress_review where progress_update_id = :id")
			.param("id", updateId)
			.query((rs, n) -> new Decision(ReviewState.valueOf(rs.getString(1)), rs.getString(2)))
			.optional();
	}

}
