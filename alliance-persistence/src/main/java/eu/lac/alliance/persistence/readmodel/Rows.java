package eu.lac.alliance.persistence.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ItemLine;
import eu.lac.alliance.domain.actionitem.ItemState;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.dialogue.DatePrecision;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.organisation.PartyRef;
import eu.lac.alliance.domain.policyarea.CoLeadLine;
import eu.lac.alliance.domain.policyarea.PolicyAreaRef;
import eu.lac.alliance.domain.progress.ReportedStatus;

/**
 * The column sets the browsing read models share, read one way: a party with its name, an
 * item line with its rolled-up status, a partial date. The SQL fragments and the readers
 * sit together so that a query and its mapping cannot drift apart.
 */
public final class Rows {

	/**
	 * Joins naming a party whose columns are {@code x.country_code},
	 * {@code x.organisation_id}, {@code x.party_group_id}.
	 */
	public static final String PARTY_JOINS = """
			left join country pc on pc.code = x.country_code
			left join organisation po on po.id = x.organisation_id
			left join organisation_group pg on pg.id = x.party_group_id
			""";

	/** The party's columns, read by {@link #party}. */
	public static final String PARTY_COLUMNS = "x.country_code as party_country, x.organisation_id as party_organisation, "
			+ "x.party_group_id as party_group, coalesce(pc.name, po.name, pg.name) as party_name";

	/**
	 * An item's columns with its rolled-up status ({@code i}: action_item, {@code p}:
	 * item_progress), read by {@link #itemLine}.
	 */
	public static final String ITEM_COLUMNS = "i.id as item_id, i.parent_id as item_parent, i.dialogue_id as item_dialogue, "
			+ "i.code as item_code, i.title as item_title, i.category as item_category, i.state as item_state, "
			+ "i.deadline_date as item_deadline, i.deadline_text as item_deadline_text, "
			+ "p.status as item_status, p.percent as item_percent";

	/**
	 * Co-lead lines with their dialogue, area and party; {@code %s} is the condition on
	 * {@code x} (co_lead). Read by {@link #coLeadLine}.
	 */
	public static final String CO_LEAD_LINES = "select x.dialogue_id, d.title as dialogue_title, a.id as area_id, "
			+ "a.name as area_name, a.code as area_code, x.role, x.note, " + PARTY_COLUMNS
			+ " from co_lead x join dialogue d on d.id = x.dialogue_id join policy_area a on a.id = x.policy_area_id "
			+ PARTY_JOINS + " where %s order by d.start_date nulls first, d.id, a.id, x.id";

	private Rows() {
	}

	public static CoLeadLine coLeadLine(ResultSet rs) throws SQLException {
		PolicyAreaRef area = area(rs, "area");
		return new CoLeadLine(rs.getLong("dialogue_id"), rs.getString("dialogue_title"), area.name(), area.slug(),
				party(rs), ParticipantRole.valueOf(rs.getString("role")), rs.getString("note"));
	}

	public static PartyRef party(ResultSet rs) throws SQLException {
		return new PartyRef(rs.getString("party_country"), nullableLong(rs, "party_organisation"),
				nullableLong(rs, "party_group"), rs.getString("party_name"));
	}

	public static ItemLine itemLine(ResultSet rs) throws SQLException {
		return new ItemLine(rs.getLong("item_id"), nullableLong(rs, "item_parent"), rs.getLong("item_dialogue"),
				rs.getString("item_code"), rs.getString("item_title"),
				ActionItemCategory.valueOf(rs.getString("item_category")),
				ItemState.valueOf(rs.getString("item_state")), rs.getObject("item_deadline", LocalDate.class),
				rs.getString("item_deadline_text"), rolledUp(rs, "item_status", "item_percent"));
	}

	/** An item's rolled-up status from item_progress; no row: no report. */
	public static ReportedStatus rolledUp(ResultSet rs, String statusColumn, String percentColumn) throws SQLException {
		return ReportedStatus.of(rs.getString(statusColumn), nullableInt(rs, percentColumn));
	}

	public static PolicyAreaRef area(ResultSet rs, String prefix) throws SQLException {
		return new PolicyAreaRef(rs.getLong(prefix + "_id"), rs.getString(prefix + "_name"),
				rs.getString(prefix + "_code"));
	}

	public static PartialDate partialDate(ResultSet rs, String dateColumn, String precisionColumn) throws SQLException {
		LocalDate date = rs.getObject(dateColumn, LocalDate.class);
		return date == null ? null : new PartialDate(date, DatePrecision.valueOf(rs.getString(precisionColumn)));
	}

	public static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
