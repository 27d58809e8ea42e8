package eu.lac.alliance.importer.layout.forum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.party.OrganisationCatalogue;
import eu.lac.alliance.importer.result.ParsedParty;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * The actors table of a forum summary ("Category | Actor", actors separated by ";"):
 * every actor that is an organisation goes to the catalogue, with its kind guessed from
 * the category when the directory does not know it. Groups ("EU Member States",
 * "multilateral banks") and the Alliance itself are no organisations and are only
 * reported.
 */
final class ActorTable {

	/**
	 * Words that make a name a group of actors rather than one body, when they open or
	 * close it.
	 */
	private static final Set<String> GROUP_WORDS = Set.of("states", "governments", "banks", "agencies", "organisations",
			"organizations", "companies", "institutions", "ministries", "networks", "partners", "representatives",
			"actors", "stakeholders", "members", "donors", "operators", "providers", "authorities", "universities",
			"sector", "society", "academia", "industry", "experts", "countries", "gobiernos", "estados", "bancos",
			"agencias", "organizaciones", "empresas", "instituciones", "ministerios", "redes", "socios", "miembros",
			"donantes", "operadores", "proveedores", "autoridades", "universidades", "paises", "governos",
			"organizacoes", "instituicoes", "sociedade", "sociedad", "industria", "sociedades", "expertos",
			"especialistas");

	private static final Set<String> ALLIANCE = Set.of("digital alliance", "alianza digital", "alianca digital");

	private static final Pattern BRACKETED = Pattern.compile("^(?<name>[^()]+?)\\s*+\\((?<inside>[^()]{1,80})\\)$");

	private static final int LONGEST_NAME_IN_WORDS = 8;

	private final CountryGazetteer countries;

	private final OrganisationDirectory directory;

	private final OrganisationCatalogue catalogue;

	private final List<ParsedParty> actors = new ArrayList<>();

	ActorTable(CountryGazetteer countries, OrganisationDirectory directory, OrganisationCatalogue catalogue) {
		this.countries = countries;
		this.directory = directory;
		this.catalogue = catalogue;
	}

	/**
	 * Every single body the tables named, as a party in the role of actor, with the
	 * category the table lists it under as its wording: the forum's record of who took
	 * part. The EU member states are one party, their group.
	 */
	List<ParsedParty> actors() {
		return List.copyOf(actors);
	}

	/** Reads one actors table; returns the warnings about what was not recorded. */
	List<ParseWarning> read(TableBlock table) {
		List<ParseWarning> warnings = new ArrayList<>();
		int categoryColumn = 0;
		int actorColumn = 1;
		for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
			if (part instanceof TableHead head && head.getFirstChild() instanceof TableRow row) {
				List<String> headers = cells(row);
				for (int i = 0; i < headers.size(); i++) {
					String key = NameKey.of(headers.get(i));
					if (key.startsWith("categor") || key.startsWith("type") || key.startsWith("tipo")
							|| key.startsWith("sector")) {
						categoryColumn = i;
					}
					else if (key.startsWith("actor") || key.startsWith("ator") || key.startsWith("name")
							|| key.startsWith("nombre") || key.startsWith("organi") || key.startsWith("stakeholder")) {
						actorColumn = i;
					}
				}
			}
			else if (part instanceof TableBody body) {
				for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
					if (row instanceof TableRow tableRow) {
						List<String> cells = cells(tableRow);
						String category = categoryColumn < cells.size() ? cells.get(categoryColumn) : "";
						String actors = actorColumn < cells.size() ? cells.get(actorColumn) : "";
						LineSpan lines = MarkdownText.lines(tableRow);
						readRow(category, actors, lines == null ? 0 : lines.first(), warnings);
					}
				}
			}
		}
		return warnings;
	}

	private void readRow(String category, String actors, int line, List<ParseWarning> warnings) {
		List<String> notOrganisations = new ArrayList<>();
		for (String actor : split(actors)) {
			Matcher bracketed = BRACKETED.matcher(actor);
			String name = actor;
			String countryCode = null;
			if (directory.find(actor).isEmpty() && bracketed.matches()) {
				var country = countries.find(bracketed.group("inside"));
				if (country.isPresent()) {
					name = bracketed.group("name").strip();
					countryCode = country.get().getCode();
				}
				else if (directory.find(bracketed.group("name")).isPresent()) {
					name = bracketed.group("name").strip();
				}
			}
			if (namesMemberStates(name)) {
				this.actors.add(ParsedParty.organisation(name, ParticipantRole.ACTOR, category));
			}
			else if (directory.find(name).isPresent()) {
				catalogue.mention(name, OrganisationKind.OTHER, null);
				this.actors.add(ParsedParty.organisation(name, ParticipantRole.ACTOR, category));
			}
			else if (isAlliance(name)) {
				notOrganisations.add(name + " (the Alliance itself)");
			}
			else if (isGroup(name) || countries.find(name).isPresent()) {
				notOrganisations.add(name);
			}
			else {
				catalogue.mention(name, kind(category, name), countryCode);
				this.actors.add(ParsedParty.organisation(name, ParticipantRole.ACTOR, category));
			}
		}
		if (!notOrganisations.isEmpty()) {
			warnings
				.add(ParseWarning.at(line, "not recorded as organisations, being groups of actors or no single body: "
						+ String.join("; ", notOrganisations)));
		}
	}

	/**
	 * Actors separated by ";" (or by "," when no ";" is used), putting back together a
	 * known name a comma split.
	 */
	private List<String> split(String cell) {
		String separator = cell.indexOf(';') >= 0 ? ";" : ",";
		String[] parts = cell.split(separator);
		List<String> actors = new ArrayList<>();
		int i = 0;
		while (i < parts.length) {
			int taken = 1;
			for (int j = Math.min(parts.length, i + 4); j > i + 1; j--) {
				String joined = String.join(separator, Arrays.asList(parts).subList(i, j)).strip();
				if (directory.find(joined).isPresent()) {
					taken = j - i;
					break;
				}
			}
			String actor = String.join(separator, Arrays.asList(parts).subList(i, i + taken)).strip();
			if (!actor.isEmpty() && NameKey.tokens(actor).size() <= LONGEST_NAME_IN_WORDS * 2) {
				actors.add(actor);
			}
			i += taken;
		}
		return actors;
	}

	private static boolean isAlliance(String name) {
		String key = NameKey.of(name);
		return ALLIANCE.stream().anyMatch(key::contains);
	}

	/**
	 * "LAC governments", "multilateral banks", "agencias de desarrollo": a kind of body,
	 * not a body.
	 */
	private static boolean isGroup(String name) {
		List<String> tokens = NameKey.tokens(name);
		return tokens.isEmpty() || GROUP_WORDS.contains(tokens.get(tokens.size() - 1))
				|| GROUP_WORDS.contains(tokens.get(0));
	}

	/**
	 * The member states of the EU are 27 countries, never one organisation, whatever a
	 * directory says.
	 */
	static boolean namesMemberStates(String name) {
		String key = NameKey.of(name);
		return key.contains("member states") || key.contains("estados miembros") || key.contains("estados membros");
	}

	/**
	 * The kind of an organisation the directory does not know, from the category it is
	 * listed under.
	 */
	static OrganisationKind kind(String category, String name) {
		String key = NameKey.of(category);
		String nameKey = " " + NameKey.of(name) + " ";
		if (key.contains("econom") || key.contains("private") || key.contains("business") || key.contains("empresa")
				|| key.contains("privad") || key.contains("industr") || key.contains("compan")) {
			return OrganisationKind.COMPANY;
		}
		if (key.contains("civil") || key.contains("ngo") || key.contains("ong")) {
			return OrganisationKind.CIVIL_SOCIETY;
		}
		if (key.contains("academ") || key.contains("universit")) {
			return OrganisationKind.ACADEMIA;
		}
		if (key.contains("research") || key.contains("innovation") || key.contains("investigacion")
				|| key.contains("pesquisa") || key.contains("innovacion") || key.contains("inovacao")
				|| key.contains("scien") || key.contains("cienci")) {
			return OrganisationKind.RESEARCH_NETWORK;
		}
		if (key.contains("international") || key.contains("internacional") || key.contains("multilateral")) {
			return OrganisationKind.INTERNATIONAL_ORGANISATION;
		}
		if (key.contains("politic") || key.contains("government") || key.contains("gobierno") || key.contains("governo")
				|| key.contains("public") || key.contains("institution") || key.contains("institucion")) {
			if (nameKey.contains(" european ") || nameKey.contains(" eu ") || nameKey.contains(" europea ")
					|| nameKey.contains(" europeia ") || nameKey.contains(" dg ")) {
				return OrganisationKind.EU_INSTITUTION;
			}
			if (nameKey.contains(" ministry") || nameKey.contains(" ministerio") || nameKey.contains(" agency")
					|| nameKey.contains(" agencia") || nameKey.contains(" secretaria") || nameKey.contains(" office ")
					|| nameKey.contains(" oficina ")) {
				return OrganisationKind.NATIONAL_AGENCY;
			}
		}
		return OrganisationKind.OTHER;
	}

	private static List<String> cells(TableRow row) {
		List<String> cells = new ArrayList<>();
		for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
			cells.add(MarkdownText.of(cell));
		}
		return cells;
	}

}
