package eu.lac.alliance.persistence.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.dashboard.AsOfBasis;
import eu.lac.alliance.domain.dashboard.DashboardReadModel;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ItemProgress;
import eu.lac.alliance.domain.progress.ReviewState;

/**
 * The dashboard's rows in plain SQL, one statement per figure family: today's from the
 * current-status tables, a past day's from the log in one set-based query.
 */
@Repository
@Transactional(readOnly = true)
class JdbcDashboardReadModel implements DashboardReadModel {

	private static final String ITEMS = """
			select i.id, i.parent_id, i.code, i.title, d.id, d.title, p.id, p.name, i.deadline_date, i.deadline_text
			from action_item i
			join dialogue d on d.id = i.dialogue_id
			join policy_area p on p.id = i.policy_area_id
			where i.state = 'ACTIVE'
			order by d.start_date nulls last, d.id, i.id""";

	private static final String PARTICIPANTS = """
			select ip.action_item_id, ip.country_code, c.name,
			       bool_or(ip.basis <> 'JOINED') as named, bool_or(ip.basis = 'JOINED') as joined
			from item_participant ip
			join action_item i on i.id = ip.action_item_id and i.state = 'ACTIVE'
			join country c on c.code = ip.country_code
			group by ip.action_item_id, ip.country_code, c.name""";

	private static final String CURRENT_STATUSES = """
			select s.action_item_id, s.country_code, s.status, s.as_of
			from item_country_status s
			join action_item i on i.id = s.action_item_id and i.state = 'ACTIVE'""";

	private static final String CURRENT_PROGRESS = """
			select p.action_item_id, p.status, p.percent
			from item_progress p
			join action_item i on i.id = p.action_item_id and i.state = 'ACTIVE'""";

	/**
	 * The latest validated update per item and country dated on or before the day, in the
	 * log's order (V4's index); the reported basis adds the cut-off on submission and
	 * review.
	 */
	private static final String STATUSES_AS_OF = """
			select distinct on (u.action_item_id, u.country_code) u.action_item_id, u.country_code, u.status, u.as_of
			from progress_update u
			join progress_review r on r.progress_update_id = u.id and r.decision = 'VALIDATED'
			join action_item i on i.id = u.action_item_id and i.state = 'ACTIVE'
			where u.as_of <= :day %s
			order by u.action_item_id, u.country_code, u.as_of desc, u.submitted_at desc, u.id desc""";

	private static final String REPORTED_BY = "and u.submitted_at < :cutoff and r.reviewed_at < :cutoff";

	private static final String UPDATES = """
			select u.id, u.action_item_id, i.code, i.title, u.country_code, c.name, u.status, u.as_of, u.note,
			       u.author, u.on_behalf, u.submitted_at, coalesce(r.decision, 'PENDING') as state, r.reviewer, r.comment
			from progress_update u
			join action_item i on i.id = u.action_item_id
			join country c on c.code = u.country_code
			left join progress_review r on r.progress_update_id = u.id
			""";

	private final JdbcClient jdbc;

	JdbcDashboardReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ItemRow> activeItems() {
		return jdbc.sql(ITEMS)
			.query((rs, i) -> new ItemRow(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getString(6), rs.getLong(7), rs.getString(8),
					rs.getObject(9, LocalDate.class), rs.getString(10)))
			.list();
	}

	@Override
	public List<ParticipantRow> participants() {
		return jdbc.sql(PARTICIPANTS)
			.query((rs, i) -> new ParticipantRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getBoolean(5)))
			.list();
	}

	@Override
	public List<CountryStatusRow> currentStatuses() {
		return jdbc.sql(CURRENT_STATUSES).query(JdbcDashboardReadModel::statusRow).list();
	}

	@Override
	public List<ItemProgressRow> currentProgress() {
		return jdbc.sql(CURRENT_PROGRESS)
			.query((rs, i) -> new ItemProgressRow(rs.getLong(1),
					new ItemProgress(CompletionStatus.valueOf(rs.getString(2)), rs.getInt(3))))
			.list();
	}

	@Override
	public List<CountryStatusRow> statusesAsOf(LocalDate day, AsOfBasis basis, Instant reportedBefore) {
		if (basis == AsOfBasis.REPORTED) {
			return jdbc.sql(STATUSES_AS_OF.formatted(REPORTED_BY))
				.param("day", day)
				.param("cutoff", OffsetDateTime.ofInstant(reportedBefore, ZoneOffset.UTC))
				.query(JdbcDashboardReadModel::statusRow)
				.list();
		}
		return jdbc.sql(STATUSES_AS_OF.formatted("")).param("day", day).query(JdbcDashboardReadModel::statusRow).list();
	}

	@Override
	public List<UpdateRow> latestUpdates(int limit) {
		return jdbc.sql(UPDATES + "order by u.submitted_at desc, u.id desc limit :limit")
			.param("limit", limit)
			.query(JdbcDashboardReadModel::updateRow)
			.list();
	}

	@Override
	public List<UpdateRow> openUpdatesOf(String countryCode) {
		return jdbc.sql(UPDATES + """
				where u.country_code = :country
				  and (r.id is null
				       or (r.decision = 'RETURNED'
				           and not exists (select 1 from progress_update c where c.corrects_update_id = u.id)))
				order by u.submitted_at, u.id""")
			.param("country", countryCode)
			.query(JdbcDashboardReadModel::updateRow)
			.list();
	}

	private static CountryStatusRow statusRow(ResultSet rs, int row) throws SQLException {
		return new CountryStatusRow(rs.getLong(1), rs.getString(2), CompletionStatus.valueOf(rs.getString(3)),
				rs.getObject(4, LocalDate.class));
	}

	private static UpdateRow updateRow(ResultSet rs, int row) throws SQLException {
		return new UpdateRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), CompletionStatus.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
				rs.getString(9), rs.getString(10), rs.getBoolean(11),
				rs.getObject(12, OffsetDateTime.class).toInstant(), ReviewState.valueOf(rs.getString(13)),
				rs.getString(14), rs.getString(15));
	}

}
