package eu.lac.alliance.persistence.dataversion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.dataversion.DataVersions;

/**
 * The one row of {@code data_version}, raised by triggers on every table a page shows
 * (V12, V19, V21, V23).
 */
@Repository
class JdbcDataVersions implements DataVersions {

	private final JdbcClient jdbc;

	JdbcDataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long current() {
		return jdbc.sql("select version from data_version").query(Long.class).single();
	}

}
