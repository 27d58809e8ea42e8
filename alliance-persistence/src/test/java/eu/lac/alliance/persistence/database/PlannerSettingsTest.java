package eu.lac.alliance.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.persistence.testing.TestDatabases;

/**
 * The planner's costs that V20 sets for data held in memory reach every session of the
 * application role, so a search at scale reads the full-text index rather than every
 * item.
 */
class PlannerSettingsTest {

	private final TestDatabases.Database database = TestDatabases.fresh();

	@Test
	void everySessionOfTheApplicationCostsARandomReadAsAnOrderedOne() throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show random_page_cost")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo("1.1");
		}
	}

}
