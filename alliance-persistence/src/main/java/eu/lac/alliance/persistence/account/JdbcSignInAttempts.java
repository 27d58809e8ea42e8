package eu.lac.alliance.persistence.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.account.SignInAttempts;

/**
 * Sign-in attempts in the {@code sign_in_attempt} table, counted with the database's
 * clock.
 */
@Repository
class JdbcSignInAttempts implements SignInAttempts {

	private final JdbcClient jdbc;

	JdbcSignInAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(String username, String address, boolean succeeded) {
		jdbc.sql("insert into sign_in_attempt (username, address, succeeded) values (?, ?, ?)")
			.params(username, address, succeeded)
			.update();
	}

	@Override
	public long recentFailuresForUsername(String username, int minutes) {
		return jdbc.sql("""
				select count(*) from sign_in_attempt f
				where f.username = ? and not f.succeeded
				  and f.attempted_at > now() - make_interval(mins => ?)
				  and f.attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempt s
				                                 where s.username = f.username and s.succeeded), '-infinity')
				""").params(username, minutes).query(Long.class).single();
	}

	@Override
	public long recentFailuresFromAddress(String address, int minutes) {
		return jdbc.sql("""
				select count(*) from sign_in_attempt
				where address = ? and not succeeded and attempted_at > now() - make_interval(mins => ?)
				""").params(address, minutes).query(Long.class).single();
	}

}
