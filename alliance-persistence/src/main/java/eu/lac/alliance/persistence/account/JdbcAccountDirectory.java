package eu.lac.alliance.persistence.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.account.AccountDirectory;
import eu.lac.alliance.domain.account.Role;

/**
 * The accounts pages' read model: two statements per page of the list (the page and its
 * count).
 */
@Repository
@Transactional(readOnly = true)
class JdbcAccountDirectory implements AccountDirectory {

	private static final String COLUMNS = """
			select a.id, a.username, a.role, a.country_code, c.name as country_name, a.enabled,
			       a.must_change_password, a.created_at
			from account a left join country c on c.code = a.country_code
			""";

	private static final String FILTER = """
			where (cast(:country as text) is null or a.country_code = :country)
			  and (cast(:role as text) is null or a.role = :role)
			""";

	private final JdbcClient jdbc;

	JdbcAccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public AccountPage accounts(String countryCode, Role role, int page, int size) {
		// offset pages: accounts number in the hundreds at most, unlike the audit trail
		List<AccountSummary> accounts = jdbc
			.sql(COLUMNS + FILTER
					+ """
							order by case a.role when 'ADMIN' then 0 when 'SECRETARIAT' then 1 else 2 end, a.country_code nulls first,
							         a.username
							limit :limit offset :offset
							""")
			.param("country", countryCode)
			.param("role", role == null ? null : role.name())
			.param("limit", size)
			.param("offset", (long) (Math.max(page, 1) - 1) * size)
			.query(JdbcAccountDirectory::summary)
			.list();
		long total = jdbc.sql("select count(*) from account a " + FILTER)
			.param("country", countryCode)
			.param("role", role == null ? null : role.name())
			.query(Long.class)
			.single();
		return new AccountPage(accounts, total);
	}

	@Override
	public Optional<AccountSummary> account(long id) {
		return jdbc.sql(COLUMNS + " where a.id = :id").param("id", id).query(JdbcAccountDirectory::summary).optional();
	}

	@Override
	public List<CountryCoverage> coverage() {
		return jdbc.sql("""
				with taking_part as (
				    select country_code from participation where country_code is not null
				    union select country_code from action_item_joining
				    union select country_code from co_lead where country_code is not null
				    union select country_code from alliance_membership)
				select c.code, c.name, f.focal_points
				from country c join taking_part t on t.country_code = c.code
				cross join lateral (select array(select a.username from account a
				                                 where a.country_code = c.code and a.role = 'FOCAL_POINT' and a.enabled
				                                 order by a.username) as focal_points) f
				order by cardinality(f.focal_points) > 0, c.name
				""")
			.query((rs, n) -> new CountryCoverage(rs.getString("code"), rs.getString("name"),
					strings(rs.getArray("focal_points"))))
			.list();
	}

	private static AccountSummary summary(ResultSet rs, int n) throws SQLException {
		Timestamp created = rs.getTimestamp("created_at");
		return new AccountSummary(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
				rs.getString("country_code"), rs.getString("country_name"), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), created == null ? null : created.toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
