package eu.lac.alliance.persistence.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.imports.ImportChoices;

/** The correction form's choice lists, four statements whatever the data size. */
@Repository
class JdbcImportChoices implements ImportChoices {

	private final JdbcClient jdbc;

	JdbcImportChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Choices choices() {
		return new Choices(jdbc.sql("""
				select id::text as value,
				       title || coalesce(' (' || to_char(start_date, 'YYYY-MM-DD') || ')', '') as label
				from dialogue order by start_date nulls last, id
				""").query((rs, n) -> new Choice(rs.getString("value"), rs.getString("label"))).list(),
				jdbc.sql("select code, name from country order by name")
					.query((rs, n) -> new Choice(rs.getString("code"), rs.getString("name")))
					.list(),
				jdbc.sql("select name from policy_area order by id")
					.query((rs, n) -> new Choice(rs.getString("name"), rs.getString("name")))
					.list(),
				jdbc.sql("""
						select name, name || coalesce(' (' || acronym || ')', '') || coalesce(', ' || country_code, '')
						       as label
						from organisation order by lower(name)
						""").query((rs, n) -> new Choice(rs.getString("name"), rs.getString("label"))).list());
	}

}
