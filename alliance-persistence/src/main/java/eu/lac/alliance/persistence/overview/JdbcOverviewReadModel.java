package eu.lac.alliance.persistence.overview;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.overview.Overview;
import eu.lac.alliance.domain.overview.OverviewReadModel;

/**
 * The front page's figures as a handful of count queries, read in one read-only
 * transaction.
 */
@Repository
class JdbcOverviewReadModel implements OverviewReadModel {

	private final JdbcClient jdbc;

	JdbcOverviewReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Overview overview() {
		long dialogues = count("select count(*) from dialogue");
		long items = count("select count(*) from action_item where state = 'ACTIVE'");
		long members = count("select count(*) from alliance_membership");
		long countries = count("select count(*) from country");
		Optional<Overview.SummitFacts> summit = jdbc
			.sql("select name, city, start_date, end_date from milestone where code = 'EU_CELAC_SUMMIT_2025'")
			.query((rs, i) -> new Overview.SummitFacts(rs.getString(1), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
			.optional();
		return new Overview(dialogues, items, members, countries, summit.orElse(null));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
