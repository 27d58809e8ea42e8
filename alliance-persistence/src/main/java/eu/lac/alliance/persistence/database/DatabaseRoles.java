package eu.lac.alliance.persistence.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The two PostgreSQL roles the portal runs with, so that no bug in the application can
 * rewrite the log or the schema: an owner that Flyway migrates as, and an application
 * role that may only read and write rows (its rights are granted by the migrations, see
 * {@code V3__database_guards_its_log.sql}). Creating them needs a superuser connection,
 * which only the embedded server and the test set-up have; on a server of your own a DBA
 * creates them once (README, "Database roles").
 *
 * @param owner owns the database and every table; Flyway connects as this role
 * @param ownerPassword the owner's password, or {@code null} where the server trusts
 * local connections (the embedded server)
 * @param application the role the connection pool uses
 * @param applicationPassword the application role's password, or {@code null}
 */
public record DatabaseRoles(String owner, String ownerPassword, String application, String applicationPassword) {

	/**
	 * The roles of the embedded server, which only accepts connections from this host.
	 */
	public static final DatabaseRoles EMBEDDED = new DatabaseRoles("alliance_owner", null, "alliance_app", null);

	/**
	 * Duplicate role or database (42710, 42P04), or a concurrent insert into pg_authid.
	 */
	private static final Set<String> ALREADY_THERE = Set.of("42710", "42P04", "23505");

	public DatabaseRoles {
		for (String role : new String[] { owner, application }) {
			if (role == null || !role.matches("[a-z_][a-z0-9_]{0,62}")) {
				throw new IllegalArgumentException("expected a lower-case PostgreSQL role name but found " + role);
			}
		}
		if (owner.equals(application)) {
			throw new IllegalArgumentException("the owner and the application role must differ, both are " + owner);
		}
	}

	/**
	 * Creates both roles where missing and makes sure neither is more than a login:
	 * neither superuser nor able to create roles or databases. Safe to call on every
	 * start and from several processes at once.
	 * @param administrator a superuser connection to any database of the server
	 * @throws SQLException if the server refuses
	 */
	public void createIfMissing(Connection administrator) throws SQLException {
		createRoleIfMissing(administrator, this.owner, this.ownerPassword);
		createRoleIfMissing(administrator, this.application, this.applicationPassword);
	}

	/**
	 * Creates the database, owned by the owner role, where it is missing; where it exists
	 * (a data directory from before the roles), hands it and everything in its
	 * {@code public} schema to the owner, so that the next migrations can change it.
	 * @param administrator a superuser connection to another database of the server
	 * @param database the database's name
	 * @param administratorOfDatabase opens a superuser connection to {@code database}
	 * @throws SQLException if the server refuses
	 */
	public void createDatabaseIfMissing(Connection administrator, String database,
			ConnectionOpener administratorOfDatabase) throws SQLException {
		String ownerOfDatabase;
		try (PreparedStatement find = administrator
			.prepareStatement("select pg_get_userbyid(datdba) from pg_database where datname = ?")) {
			find.setString(1, database);
			try (ResultSet rs = find.executeQuery()) {
				ownerOfDatabase = rs.next() ? rs.getString(1) : null;
			}
		}
		if (ownerOfDatabase == null) {
			execute(administrator, "create database " + identifier(database) + " owner " + this.owner);
			return;
		}
		if (!ownerOfDatabase.equals(this.owner)) {
			execute(administrator, "alter database " + identifier(database) + " owner to " + this.owner);
		}
		// also when the database is already the owner's: a start interrupted half-way
		// through the hand-over finishes it on the next
		try (Connection connection = administratorOfDatabase.open()) {
			adoptPublicSchema(connection);
		}
	}

	/**
	 * Gives the owner every table, view and function in {@code public} that another role
	 * created (before this class existed, the embedded server migrated as
	 * {@code postgres}). Sequences of identity columns follow their tables.
	 */
	private void adoptPublicSchema(Connection connection) throws SQLException {
		List<String> statements = new ArrayList<>();
		try (PreparedStatement find = connection.prepareStatement("""
				select case c.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end,
				       format('%I.%I', n.nspname, c.relname)
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
				  and pg_get_userbyid(c.relowner) <> ?
				union all
				select case p.prokind when 'p' then 'procedure' else 'function' end,
				       format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid))
				from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> ?
				""")) {
			find.setString(1, this.owner);
			find.setString(2, this.owner);
			try (ResultSet rs = find.executeQuery()) {
				while (rs.next()) {
					statements.add("alter " + rs.getString(1) + " " + rs.getString(2) + " owner to " + this.owner);
				}
			}
		}
		for (String sql : statements) {
			execute(connection, sql);
		}
	}

	private static void createRoleIfMissing(Connection administrator, String role, String password)
			throws SQLException {
		if (!roleExists(administrator, role)) {
			try {
				execute(administrator, "create role " + role);
			}
			catch (SQLException ex) {
				if (!ALREADY_THERE.contains(ex.getSQLState())) {
					throw ex;
				}
			}
		}
		String login = "alter role " + role
				+ " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls";
		execute(administrator, password == null ? login : login + " password " + literal(password));
	}

	private static boolean roleExists(Connection administrator, String role) throws SQLException {
		try (PreparedStatement find = administrator.prepareStatement("select 1 from pg_roles where rolname = ?")) {
			find.setString(1, role);
			try (ResultSet rs = find.executeQuery()) {
				return rs.next();
			}
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String identifier(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	/** Opens a connection; the caller closes it. */
	@FunctionalInterface
	public interface ConnectionOpener {

		Connection open() throws SQLException;

	}

}
