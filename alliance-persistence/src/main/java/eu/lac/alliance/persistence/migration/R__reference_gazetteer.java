package eu.lac.alliance.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.ReferenceData;
import eu.lac.alliance.domain.organisation.Organisation;

/**
 * Loads the reference gazetteer (countries with their aliases, well-known organisations)
 * from the same files the importer matches names with, so the database and a dry run
 * never disagree. Repeatable: Flyway runs it again whenever the files change, and it only
 * adds or corrects rows, never deletes. This is the one migration in Java rather than
 * SQL, because its data has one home: the domain's TSV files.
 */
public class R__reference_gazetteer extends BaseJavaMigration {

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		crc.update(ReferenceData.bytes(ReferenceData.COUNTRIES));
		crc.update(ReferenceData.bytes(ReferenceData.ORGANISATIONS));
		return (int) crc.getValue();
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<Country> countries = ReferenceData.countries();
		try (PreparedStatement upsert = connection.prepareStatement("""
				insert into country (code, name, region) values (?, ?, ?)
				on conflict (code) do update set name = excluded.name, region = excluded.region""");
				PreparedStatement alias = connection.prepareStatement("""
						insert into country_alias (country_code, alias) values (?, ?) on conflict do nothing""")) {
			for (Country country : countries) {
				upsert.setString(1, country.getCode());
				upsert.setString(2, country.getName());
				upsert.setString(3, country.getRegion().name());
				upsert.addBatch();
				for (String name : country.getAliases()) {
					alias.setString(1, country.getCode());
					alias.setString(2, name);
					alias.addBatch();
				}
			}
			upsert.executeBatch();
			alias.executeBatch();
		}
		for (Organisation organisation : ReferenceData.organisations(countries)) {
			long id = upsertOrganisation(connection, organisation);
			try (PreparedStatement alias = connection.prepareStatement("""
					insert into organisation_alias (organisation_id, alias) values (?, ?) on conflict do nothing""")) {
				for (String name : organisation.getAliases()) {
					alias.setLong(1, id);
					alias.setString(2, name);
					alias.addBatch();
				}
				alias.executeBatch();
			}
		}
	}

	private static long upsertOrganisation(Connection connection, Organisation organisation) throws SQLException {
		try (PreparedStatement find = connection
			.prepareStatement("select id from organisation where lower(name) = lower(?)")) {
			find.setString(1, organisation.getName());
			try (ResultSet rs = find.executeQuery()) {
				if (rs.next()) {
					long id = rs.getLong(1);
					try (PreparedStatement update = connection.prepareStatement(
							"update organisation set acronym = coalesce(?, acronym), kind = ?, country_code = coalesce(?, country_code) where id = ?")) {
						update.setString(1, organisation.getAcronym());
						update.setString(2, organisation.getKind().name());
						update.setString(3,
								organisation.getCountry() == null ? null : organisation.getCountry().getCode());
						update.setLong(4, id);
						update.executeUpdate();
					}
					return id;
				}
			}
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into organisation (name, acronym, kind, country_code) values (?, ?, ?, ?) returning id")) {
			insert.setString(1, organisation.getName());
			insert.setString(2, organisation.getAcronym());
			insert.setString(3, organisation.getKind().name());
			insert.setString(4, organisation.getCountry() == null ? null : organisation.getCountry().getCode());
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

}
