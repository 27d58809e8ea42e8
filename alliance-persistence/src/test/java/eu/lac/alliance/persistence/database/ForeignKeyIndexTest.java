package eu.lac.alliance.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.persistence.testing.TestDatabases;

/**
 * Every foreign key has an index that leads with its columns, read from the catalogue of
 * the fully migrated schema, so that a future migration adding a foreign key without one
 * fails the build rather than a page (or a delete of the referenced row) that scans a
 * whole table.
 */
class ForeignKeyIndexTest {

	/**
	 * Foreign keys of the public schema with no valid, non-partial index whose leading
	 * columns are exactly the key's columns (in any order).
	 */
	private static final String UNINDEXED_FOREIGN_KEYS = """
			select format('%s.%s (%s)', c.conrelid::regclass, c.conname,
			       (select string_agg(a.attname, ', ' order by k.ord)
			        from unnest(c.conkey) with ordinality k(attnum, ord)
			        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum))
			from pg_constraint c
			where c.contype = 'f' and c.connamespace = 'public'::regnamespace
			  and not exists (
			      select 1 from pg_index i
			      where i.indrelid = c.conrelid and i.indisvalid and i.indpred is null
			        and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
			        and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
			order by 1""";

	private final TestDatabases.Database database = TestDatabases.fresh();

	@Test
	void everyForeignKeyHasAnIndex() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.database.url(), this.database.user(),
				this.database.password())) {
			assertThat(Integer.parseInt(query(connection,
					"select count(*) from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace")
				.get(0))).as("foreign keys checked").isGreaterThanOrEqualTo(40);
			assertThat(query(connection, UNINDEXED_FOREIGN_KEYS)).isEmpty();
		}
	}

	@Test
	void aForeignKeyWithoutAnIndexIsFound() throws SQLException {
		try (Connection owner = DriverManager.getConnection(this.database.url(), this.database.owner(),
				this.database.ownerPassword())) {
			owner.setAutoCommit(false);
			try (Statement statement = owner.createStatement()) {
				statement.execute("create table note (id bigint primary key, "
						+ "dialogue_id bigint references dialogue (id), country_code varchar(2) references country (code), "
						+ "item_id bigint references action_item (id), policy_area_id bigint references policy_area (id))");
				statement.execute("create index note_country_idx on note (country_code)");
				statement.execute("create index note_item_idx on note (id, item_id)");
				statement.execute("create index note_area_idx on note (policy_area_id) where id > 0");

				assertThat(query(owner, UNINDEXED_FOREIGN_KEYS)).containsExactly(
						"note.note_dialogue_id_fkey (dialogue_id)", "note.note_item_id_fkey (item_id)",
						"note.note_policy_area_id_fkey (policy_area_id)");
			}
			finally {
				owner.rollback();
			}
		}
	}

	private static List<String> query(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}

}
