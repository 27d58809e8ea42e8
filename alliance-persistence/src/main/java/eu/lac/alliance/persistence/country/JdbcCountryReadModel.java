package eu.lac.alliance.persistence.country;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.country.CountryReadModel;
import eu.lac.alliance.domain.country.MembershipBasis;
import eu.lac.alliance.domain.country.Region;
import eu.lac.alliance.persistence.readmodel.Rows;

/**
 * {@link CountryReadModel} in plain SQL over the view {@code item_participant} and the
 * current-status tables: one statement for the list, three for a country.
 */
@Repository
class JdbcCountryReadModel implements CountryReadModel {

	private static final String COUNTRIES = """
			with taking_part as (
			    select ip.country_code, count(distinct ip.action_item_id) as items,
			           count(distinct s.action_item_id) as reported
			    from item_participant ip
			    join action_item i on i.id = ip.action_item_id and i.state = 'ACTIVE'
			    left join item_country_status s on s.action_item_id = ip.action_item_id
			                                    and s.country_code = ip.country_code
			    group by ip.country_code
			)
			select c.code, c.name, c.region, m.joined_year, m.basis,
			       coalesce(t.items, 0) as items, coalesce(t.reported, 0) as reported
			from country c
			left join alliance_membership m on m.country_code = c.code
			left join taking_part t on t.country_code = c.code
			where %s
			order by m.country_code is null, c.name
			""";

	private final JdbcClient jdbc;

	JdbcCountryReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CountryLine> countries() {
		return jdbc.sql(COUNTRIES.formatted("m.country_code is not null or t.country_code is not null"))
			.query((rs, i) -> line(rs))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CountryPage> country(String code) {
		Optional<CountryLine> country = jdbc.sql(COUNTRIES.formatted("c.code = :code"))
			.param("code", code)
			.query((rs, i) -> line(rs))
			.optional();
		if (country.isEmpty()) {
			return Optional.empty();
		}
		var coLeads = jdbc.sql(Rows.CO_LEAD_LINES.formatted("x.country_code = :code"))
			.param("code", code)
			.query((rs, i) -> Rows.coLeadLine(rs))
			.list();
		var items = jdbc.sql("""
				select i.id, i.code, i.title, i.dialogue_id, d.title as dialogue_title,
				       a.id as area_id, a.name as area_name, a.code as area_code,
				       array_agg(distinct ip.basis::text) as bases,
				       array(select distinct pt.role::text from participation pt
				             where pt.action_item_id = i.id and pt.country_code = :code order by 1) as roles,
				       s.status as own_status, p.status as item_status, p.percent as item_percent
				from item_participant ip
				join action_item i on i.id = ip.action_item_id and i.state = 'ACTIVE'
				join dialogue d on d.id = i.dialogue_id
				join policy_area a on a.id = i.policy_area_id
				left join item_country_status s on s.action_item_id = i.id and s.country_code = :code
				left join item_progress p on p.action_item_id = i.id
				where ip.country_code = :code
				group by i.id, d.id, a.id, s.status, p.status, p.percent
				order by d.start_date nulls first, i.dialogue_id, i.id
				""").param("code", code).query((rs, i) -> item(rs)).list();
		return Optional.of(new CountryPage(country.get(), coLeads, items));
	}

	private static CountryLine line(ResultSet rs) throws SQLException {
		String basis = rs.getString("basis");
		return new CountryLine(rs.getString("code"), rs.getString("name"), Region.valueOf(rs.getString("region")),
				Rows.nullableInt(rs, "joined_year"), basis == null ? null : MembershipBasis.valueOf(basis),
				rs.getLong("items"), rs.getLong("reported"));
	}

	private static CountryItem item(ResultSet rs) throws SQLException {
		return new CountryItem(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getLong("dialogue_id"),
				rs.getString("dialogue_title"), Rows.area(rs, "area"),
				strings(rs.getArray("bases")).stream().map(Basis::valueOf).toList(), strings(rs.getArray("roles")),
				eu.lac.alliance.domain.progress.ReportedStatus.of(rs.getString("own_status")),
				Rows.rolledUp(rs, "item_status", "item_percent"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
