package eu.lac.alliance.domain.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationKind;

/**
 * The Alliance's reference gazetteer, read from the tab-separated files beside this
 * class: the one source both the database's reference data and the importer's offline
 * (dry-run) matching come from.
 */
public final class ReferenceData {

	/** Classpath location of the country gazetteer. */
	public static final String COUNTRIES = "/eu/lac/alliance/domain/reference/countries.tsv";

	/** Classpath location of capitals and meeting places with their countries. */
	public static final String CITIES = "/eu/lac/alliance/domain/reference/cities.tsv";

	/** Classpath location of the well-known organisations. */
	public static final String ORGANISATIONS = "/eu/lac/alliance/domain/reference/organisations.tsv";

	private ReferenceData() {
	}

	public static List<Country> countries() {
		List<Country> countries = new ArrayList<>();
		for (String[] row : rows(COUNTRIES)) {
			countries.add(new Country(row[0], row[1], Region.valueOf(row[2]), aliases(row, 3)));
		}
		return countries;
	}

	public static List<Organisation> organisations(List<Country> countries) {
		Map<String, Country> byCode = countries.stream()
			.collect(Collectors.toMap(Country::getCode, Function.identity()));
		List<Organisation> organisations = new ArrayList<>();
		for (String[] row : rows(ORGANISATIONS)) {
			String country = cell(row, 3);
			organisations.add(new Organisation(row[0], cell(row, 1), OrganisationKind.valueOf(row[2]),
					country.isEmpty() ? null : byCode.get(country), aliases(row, 4)));
		}
		return organisations;
	}

	/**
	 * The country of each capital and meeting place the reference knows, keyed by
	 * {@link NameKey} of the city's name and of each alias: "Madrid" and "Cartagena de
	 * Indias" give ES and CO.
	 */
	public static Map<String, String> cityCountries() {
		Map<String, String> countries = new java.util.HashMap<>();
		for (String[] row : rows(CITIES)) {
			countries.putIfAbsent(NameKey.of(row[0]), row[1].strip());
			aliases(row, 2).forEach(alias -> countries.putIfAbsent(NameKey.of(alias), row[1].strip()));
		}
		return Map.copyOf(countries);
	}

	/**
	 * The raw bytes of a reference file, for checksums that tell when the reference data
	 * changed.
	 */
	public static byte[] bytes(String resource) {
		try (InputStream in = open(resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> aliases(String[] row, int column) {
		String cell = cell(row, column);
		if (cell.isEmpty()) {
			return Set.of();
		}
		return Arrays.stream(cell.split("\\|"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static String cell(String[] row, int column) {
		return column < row.length ? row[column].strip() : "";
	}

	private static List<String[]> rows(String resource) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static InputStream open(String resource) {
		InputStream in = ReferenceData.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("reference file missing from the classpath: " + resource);
		}
		return in;
	}

}
