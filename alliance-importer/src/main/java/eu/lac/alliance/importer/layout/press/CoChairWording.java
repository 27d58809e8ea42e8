package eu.lac.alliance.importer.layout.press;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.importer.party.OrganisationCatalogue;
import eu.lac.alliance.importer.party.PartyListReader;
import eu.lac.alliance.importer.result.ParsedParty;

/**
 * The co-chairs a story names: "co-chaired by Felice Zaccheo (European Commission) and
 * Vice Minister José Montilla (Dominican Republic)". News stories name the people who
 * chaired with their institution in brackets; each becomes its country or organisation
 * with the person as its agency. Lists of bare countries and organisations ("co-chaired
 * by Chile and the European Commission") go to the party-list reader.
 *
 * @param parties the co-chairs, role CO_CHAIR
 * @param start where the statement starts in the searched text
 * @param end where it ends
 */
record CoChairWording(List<ParsedParty> parties, int start, int end) {

	private static final Pattern CO_CHAIRED = Pattern.compile("(?iu)\\bco-?\\s?chaired\\s++by\\s++"
			+ "|\\bchaired\\s++jointly\\s++by\\s++|\\bjointly\\s++chaired\\s++by\\s++|\\bco-?\\s?hosted\\s++by\\s++"
			+ "|\\bunder\\s++the\\s++(?:joint\\s++)?co-?\\s?(?:chair(?:man|woman|person)?ship|presidency|chairs?)\\s++of\\s++"
			+ "|\\bco-?presidid[oa]s?\\s++(?:por|pel[oa]s?)\\s++|\\bco-?organizad[oa]s?\\s++(?:por|pel[oa]s?)\\s++"
			+ "|\\bbajo\\s++la\\s++co-?presidencia\\s++(?:de|del)\\s++|\\bsob\\s++a\\s++co-?presid[êe]ncia\\s++(?:de|d[oa]s?)\\s++");

	/**
	 * What opens each party after the first: "copresidido por Chile y por la Comisión",
	 * "pelo Brasil e pela Comissão".
	 */
	private static final Pattern LEADING_BY = Pattern.compile("(?iu)^(?:by|por|pel[oa]s?|de|del|d[oa]s?)\\s++");

	private static final Pattern SEPARATOR_AND_BY = Pattern
		.compile("(?iu)(,\\s*+|\\s(?:and|y|e|&)\\s++)(?:by|por|pel[oa]s?|de|del|d[oa]s?)\\s++");

	/**
	 * Words that may open a party of the list although written in lower case; any other
	 * lower-case word after a comma or "and" starts the rest of the sentence ("..., and
	 * gathered 80 experts", "..., y reunió a ...").
	 */
	private static final Set<String> LOWER_CASE_OPENERS = Set.of("the", "la", "el", "los", "las", "lo", "o", "a", "os",
			"as", "by", "por", "pelo", "pela", "pelos", "pelas", "del", "de", "do", "da", "its", "their", "his", "her",
			"vice", "minister", "ministra", "ministro", "commissioner", "comisario", "comisaria", "comissario",
			"comissaria", "director", "directora", "diretor", "diretora", "secretary", "secretaria", "secretario",
			"deputy", "viceministro", "viceministra", "h", "mr", "ms", "dr", "prof", "senor", "senora");

	private static final Pattern SEPARATOR = Pattern
		.compile("(?iu),\\s*+(?:and\\s++|y\\s++|e\\s++)?|\\s++(?:and|y|e|&)\\s++");

	private static final Pattern BRACKETED = Pattern
		.compile("^(?<name>[^()]*?)\\s*+\\((?<inside>[^()]{1,120})\\)\\s*+$");

	private static final int LONGEST_LIST = 300;

	/**
	 * A piece of the list that is a person's office, in apposition to the name before it:
	 * "Aisén Etcheverry, Minister of Science of Chile".
	 */
	private static final Pattern ROLE = Pattern.compile("(?iu)(?:the\\s++|el\\s++|la\\s++|o\\s++|a\\s++)?"
			+ "(?:(?:vice|deputy|under|sub)[-\\s]?)?(?:minister|ministra|ministro|secretary|secretaria|secretario|"
			+ "secret[áa]ri[oa]|director|directora|diretor|diretora|commissioner|comisari[oa]|comiss[áa]ri[oa]|"
			+ "ambassador|embajador|embajadora|embaixador|embaixadora|head|jef[ea]|chef[ea]|president|presidente|"
			+ "presidenta|chair|chairman|chairwoman|viceministr[oa]|undersecretary|subsecretari[oa]|"
			+ "permanent\\s++secretary|chief|coordinator|coordinador[a]?)(?![\\p{L}])");

	/** Where what a role is "of" may start: "Minister of Science of Chile". */
	private static final Pattern OF = Pattern
		.compile("(?iu)\\s(?:of|for|de|del|do|da|dos|das)\\s++(?:the\\s++|la\\s++|el\\s++)?");

	/** The co-chairs {@code text} states, if it states any. */
	static Optional<CoChairWording> in(String text, CountryGazetteer countries, OrganisationDirectory directory,
			OrganisationCatalogue catalogue) {
		Matcher matcher = CO_CHAIRED.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		int from = matcher.end();
		int end = listEnd(text, from);
		String list = untilTheSentenceGoesOn(text.substring(from, end)).strip();
		list = SEPARATOR_AND_BY.matcher(list).replaceAll("$1");
		if (list.isEmpty()) {
			return Optional.empty();
		}
		List<ParsedParty> parties = new ArrayList<>();
		PartyListReader reader = new PartyListReader(countries, directory, catalogue);
		List<String> appositive = list.indexOf('(') < 0 ? pieces(list, countries, directory) : List.of();
		if (appositive.stream().anyMatch(piece -> ROLE.matcher(piece).lookingAt())) {
			for (int i = 0; i < appositive.size(); i++) {
				String piece = appositive.get(i);
				boolean person = !ROLE.matcher(piece).lookingAt() && countries.find(piece).isEmpty()
						&& directory.find(piece).isEmpty();
				ParsedParty party = person && i + 1 < appositive.size()
						&& ROLE.matcher(appositive.get(i + 1)).lookingAt()
								? ofRole(piece, appositive.get(i + 1), countries, directory, catalogue) : null;
				if (party != null) {
					parties.add(party);
					i++;
				}
				else {
					parties.addAll(reader.readMembers(piece, ParticipantRole.CO_CHAIR).parties());
				}
			}
		}
		else if (list.indexOf('(') < 0) {
			parties.addAll(reader.readMembers(list, ParticipantRole.CO_CHAIR).parties());
		}
		else {
			for (String piece : pieces(list, countries, directory)) {
				Matcher bracketed = BRACKETED.matcher(piece);
				if (bracketed.matches()) {
					parties.add(withPerson(piece, bracketed.group("name").strip(), bracketed.group("inside").strip(),
							countries, directory, catalogue));
				}
				else {
					parties.addAll(reader.readMembers(piece, ParticipantRole.CO_CHAIR).parties());
				}
			}
		}
		return parties.isEmpty() ? Optional.empty() : Optional.of(new CoChairWording(parties, matcher.start(), end));
	}

	/**
	 * "Aisén Etcheverry, Minister of Science of Chile": the country or organisation the
	 * role is "of", with the person as its agency; null when the role names none.
	 */
	private static ParsedParty ofRole(String person, String role, CountryGazetteer countries,
			OrganisationDirectory directory, OrganisationCatalogue catalogue) {
		Matcher of = OF.matcher(role);
		while (of.find()) {
			String body = role.substring(of.end()).strip();
			var country = countries.find(body);
			if (country.isPresent()) {
				return ParsedParty.country(country.get().getCode(), ParticipantRole.CO_CHAIR, List.of(person),
						person + ", " + role);
			}
			if (directory.find(body).isPresent()) {
				return new ParsedParty(null, catalogue.mention(body, OrganisationKind.OTHER, null),
						ParticipantRole.CO_CHAIR, List.of(person), person + ", " + role);
			}
		}
		return null;
	}

	/**
	 * "Felice Zaccheo (European Commission)", or the other way round: "Chile (Minister
	 * Aisén Etcheverry)".
	 */
	private static ParsedParty withPerson(String wording, String name, String inside, CountryGazetteer countries,
			OrganisationDirectory directory, OrganisationCatalogue catalogue) {
		List<String> person = name.isEmpty() ? List.of() : List.of(name);
		var insideCountry = countries.find(inside);
		if (insideCountry.isPresent()) {
			return ParsedParty.country(insideCountry.get().getCode(), ParticipantRole.CO_CHAIR, person, wording);
		}
		var nameCountry = countries.find(name);
		if (nameCountry.isPresent()) {
			return ParsedParty.country(nameCountry.get().getCode(), ParticipantRole.CO_CHAIR, List.of(inside), wording);
		}
		if (directory.find(inside).isEmpty() && directory.find(name).isPresent()) {
			return new ParsedParty(null, catalogue.mention(name, OrganisationKind.OTHER, null),
					ParticipantRole.CO_CHAIR, List.of(inside), wording);
		}
		return new ParsedParty(null, catalogue.mention(inside, OrganisationKind.OTHER, null), ParticipantRole.CO_CHAIR,
				person, wording);
	}

	/**
	 * The list cut at commas and "and" outside brackets, putting back together a name
	 * that the cut split ("Trinidad and Tobago (...)").
	 */
	private static List<String> pieces(String list, CountryGazetteer countries, OrganisationDirectory directory) {
		List<String> cut = new ArrayList<>();
		int depth = 0;
		int pieceStart = 0;
		int i = 0;
		while (i < list.length()) {
			char c = list.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0) {
				Matcher separator = SEPARATOR.matcher(list).region(i, list.length());
				if (separator.lookingAt() && separator.end() > i) {
					cut.add(list.substring(pieceStart, i));
					cut.add(list.substring(i, separator.end()));
					pieceStart = separator.end();
					i = separator.end();
					continue;
				}
			}
			i++;
		}
		cut.add(list.substring(pieceStart));
		List<String> pieces = new ArrayList<>();
		for (int k = 0; k < cut.size(); k += 2) {
			String piece = cut.get(k);
			if (k + 2 < cut.size() && piece.indexOf('(') < 0) {
				String joined = piece + cut.get(k + 1) + cut.get(k + 2);
				String nameOfJoined = joined.replaceAll("\\(.*$", "").strip();
				if (countries.find(nameOfJoined).isPresent() || directory.find(nameOfJoined).isPresent()) {
					piece = joined;
					k += 2;
				}
			}
			piece = LEADING_BY.matcher(piece.strip()).replaceFirst("");
			if (!piece.isBlank()) {
				pieces.add(piece.strip());
			}
		}
		return pieces;
	}

	/**
	 * The list without the rest of its sentence: it stops at a comma or "and" followed by
	 * a lower-case word that opens no name ("Chile y la Comisión Europea, y reunió a más
	 * de 200 participantes").
	 */
	private static String untilTheSentenceGoesOn(String list) {
		int depth = 0;
		for (int i = 0; i < list.length(); i++) {
			char c = list.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && i > 0) {
				Matcher separator = SEPARATOR.matcher(list).region(i, list.length());
				if (separator.lookingAt() && separator.end() > i) {
					int wordEnd = separator.end();
					while (wordEnd < list.length() && Character.isLetter(list.charAt(wordEnd))) {
						wordEnd++;
					}
					String word = list.substring(separator.end(), wordEnd);
					if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))
							&& !LOWER_CASE_OPENERS.contains(NameKey.of(word))) {
						return list.substring(0, i);
					}
					i = separator.end() - 1;
				}
			}
		}
		return list;
	}

	/**
	 * The list runs to the end of the sentence: a full stop before a space, a semicolon
	 * or a line break.
	 */
	private static int listEnd(String text, int from) {
		int limit = Math.min(text.length(), from + LONGEST_LIST);
		int depth = 0;
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (c == '\n' || depth == 0 && (c == ';'
					|| c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
				return i;
			}
		}
		return limit;
	}

}
