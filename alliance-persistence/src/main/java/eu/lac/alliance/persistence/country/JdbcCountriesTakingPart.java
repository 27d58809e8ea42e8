package eu.lac.alliance.persistence.country;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.country.CountriesTakingPart;

/** {@link CountriesTakingPart} in one SQL statement. */
@Repository
class JdbcCountriesTakingPart implements CountriesTakingPart {

	private final JdbcClient jdbc;

	JdbcCountriesTakingPart(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> codes() {
		return jdbc.sql("""
				select country_code from alliance_membership
				union select country_code from participation where country_code is not null
				union select country_code from co_lead where country_code is not null
				order by 1
				""").query(String.class).list();
	}

}
