package eu.lac.alliance.importer.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.party.ListTokens.Kind;
import eu.lac.alliance.importer.party.ListTokens.Token;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * Reads the ways documents list participants ("Uruguay with Spain via FIIAP and European
 * Commission", "Belize Brazil (MGI and MCTI) Dominican Republic (OGTIC/INDOTEL)", "ECLAC
 * SCALAC members") into parties, letting the longest country or organisation name win
 * before a list is split at "and", so that "Trinidad and Tobago" stays one country. Every
 * organisation it meets is recorded in the catalogue.
 */
public final class PartyListReader {

	private static final int LONGEST_NAME_IN_TOKENS = 14;

	private static final Set<String> LEGAL_FORMS = Set.of("ip", "sa", "inc", "ltd", "ltda", "gmbh", "sl", "sas", "srl",
			"spa", "llc", "plc", "bv", "nv", "ag", "epe", "cv", "sapi");

	private static final Set<String> LIST_WORDS = Set.of("and", "y", "e", "et", "und", "plus");

	private static final Set<String> ARTICLES = Set.of("the", "la", "el", "las", "los", "o", "a", "os", "as", "le",
			"les");

	private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "the", "de", "del", "da", "do", "das",
			"dos", "des", "du", "la", "el", "para", "pour", "fur", "und");

	/**
	 * What lies between the names of a co-lead line ("along with", "por intermédio de",
	 * "bem como", articles), with its role, longest first.
	 */
	private static final java.util.Map<String, List<Connector>> CONNECTOR_WORDS = Connector.read()
		.stream()
		.collect(java.util.stream.Collectors.groupingBy(connector -> connector.keys().get(0),
				java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));

	/** A connector's folded words and what the names after it are. */
	private record Connector(List<String> keys, String role) {

		static List<Connector> read() {
			List<Connector> connectors = new ArrayList<>();
			for (VocabularyFile.Entry entry : VocabularyFile.read("connectors.tsv")) {
				for (String words : entry.alternatives(0)) {
					List<String> keys = new ArrayList<>();
					ListTokens.lex(words).forEach(token -> keys.addAll(token.keys()));
					if (!keys.isEmpty()) {
						connectors.add(new Connector(List.copyOf(keys), entry.cell(1)));
					}
				}
			}
			connectors.sort(java.util.Comparator.comparingInt((Connector c) -> c.keys().size()).reversed());
			return List.copyOf(connectors);
		}

	}

	/** The role of a connector found at a token, and how many tokens it spans. */
	private record ConnectorHit(String role, int length) {
	}

	private final CountryGazetteer countries;

	private final OrganisationDirectory directory;

	private final OrganisationCatalogue catalogue;

	/**
	 * First words of every country name: most words start none, and need not be looked
	 * up.
	 */
	private final Set<String> countryFirstWords = new HashSet<>();

	/** First words of every organisation name, acronym and alias, for the same reason. */
	private final Set<String> organisationFirstWords = new HashSet<>();

	public PartyListReader(CountryGazetteer countries, OrganisationDirectory directory,
			OrganisationCatalogue catalogue) {
		this.countries = countries;
		this.directory = directory;
		this.catalogue = catalogue;
		for (Country country : countries.countries()) {
			addFirstWord(countryFirstWords, country.getName());
			country.getAliases().forEach(alias -> addFirstWord(countryFirstWords, alias));
		}
		for (Organisation organisation : directory.organisations()) {
			organisation.namesUsed().forEach(name -> addFirstWord(organisationFirstWords, name));
		}
	}

	private static void addFirstWord(Set<String> words, String name) {
		List<String> tokens = NameKey.tokens(name);
		if (!tokens.isEmpty()) {
			words.add(tokens.get(0));
		}
	}

	/**
	 * A reader matching against the context's gazetteer and directory, recording into
	 * {@code catalogue}.
	 */
	public static PartyListReader of(ParseContext context, OrganisationCatalogue catalogue) {
		return new PartyListReader(context.countries(), context.organisations(), catalogue);
	}

	/**
	 * A co-lead line: "Ecuador and Mexico with Germany via GIZ, RedClara (for BELLA II)
	 * and European Commission". Names before "with" co-lead, names after it partner,
	 * names after "via" implement, until an EU institution or a country starts the list
	 * again.
	 */
	public PartyList readCoLeads(String text) {
		return readItems(text, null, null);
	}

	/**
	 * A list whose items are separated by commas and "and" ("Argentina (UBA and
	 * UNC-CECAD), ... and SCALAC/RedCLARA Alliance"), every item a country with its
	 * agencies or an organisation in {@code role}.
	 */
	public PartyList readMembers(String text, ParticipantRole role) {
		return readItems(text, role, OrganisationKind.OTHER);
	}

	/**
	 * As {@link #readMembers(String, ParticipantRole)}, recording unknown organisations
	 * as {@code kindIfUnknown}.
	 */
	public PartyList readMembers(String text, ParticipantRole role, OrganisationKind kindIfUnknown) {
		return readItems(text, role, kindIfUnknown);
	}

	/**
	 * Countries run together without separators, each with its agencies in brackets:
	 * "Belize Brazil (MGI and MCTI) Dominican Republic (OGTIC/INDOTEL)". Words that are
	 * no country are reported, not dropped.
	 */
	public PartyList readInterestedCountries(String text) {
		return readInterestedCountries(text, List.of());
	}

	/**
	 * Countries run together, as {@link #readInterestedCountries(String)}, where a named
	 * group ({@code groupNames}, matched case-insensitively: "SICA members") may stand
	 * among the countries; it is kept as the group.
	 */
	public PartyList readInterestedCountries(String text, Collection<String> groupNames) {
		String plain = text == null ? "" : text;
		List<Token> tokens = ListTokens.lex(plain);
		List<String> groupList = groupNames.stream().distinct().toList();
		List<List<String>> groups = groupList.stream().map(NameKey::tokens).toList();
		List<ParsedParty> parties = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Stray stray = new Stray(plain, "a country");
		int i = 0;
		while (i < tokens.size()) {
			Token token = tokens.get(i);
			Hit country = token.is(Kind.WORD) ? countryAt(tokens, i) : null;
			int groupEnd = -1;
			int groupIndex = -1;
			for (int g = 0; token.is(Kind.WORD) && g < groups.size(); g++) {
				int end = keysMatchAt(tokens, i, groups.get(g));
				if (end > groupEnd) {
					groupEnd = end;
					groupIndex = g;
				}
			}
			if (groupEnd > i && groupEnd > end(country)) {
				stray.flush(problems);
				parties.add(new ParsedParty(null, groupList.get(groupIndex), ParticipantRole.INTERESTED, List.of(),
						span(plain, tokens, i, groupEnd)));
				i = groupEnd;
			}
			else if (country != null) {
				stray.flush(problems);
				int end = country.end();
				List<String> agencies = List.of();
				if (end < tokens.size() && tokens.get(end).is(Kind.OPEN)) {
					int close = ListTokens.closing(tokens, end);
					agencies = agencies(tokens, end + 1, close, plain);
					end = close + 1;
				}
				parties.add(countryParty(country.country(), ParticipantRole.INTERESTED, agencies,
						span(plain, tokens, i, end)));
				i = end;
			}
			else if (token.is(Kind.OPEN)) {
				int close = ListTokens.closing(tokens, i);
				stray.extend(tokens.get(i).start(), ListTokens.endOffset(tokens, close));
				i = close + 1;
			}
			else if (token.is(Kind.WORD) && !token.isNumber() && !isListWord(token)) {
				stray.extend(token.start(), token.end());
				i++;
			}
			else {
				if (token.is(Kind.COMMA) || token.is(Kind.SEMICOLON)) {
					stray.flush(problems);
				}
				i++;
			}
		}
		stray.flush(problems);
		return new PartyList(parties, problems);
	}

	/**
	 * Organisations run together: "ECLAC SCALAC members RedClara". Segments by the
	 * longest known organisation, named group ({@code groupNames}, matched
	 * case-insensitively) or country; runs of other capitalised words become
	 * organisations of {@code kindIfUnknown}; footnote numbers are ignored.
	 */
	public PartyList readInterestedOrganisations(String text, Collection<String> groupNames,
			OrganisationKind kindIfUnknown) {
		String plain = text == null ? "" : text;
		List<Token> tokens = ListTokens.lex(plain);
		List<String> groupList = groupNames.stream().distinct().toList();
		List<List<String>> groups = groupList.stream().map(NameKey::tokens).toList();
		List<ParsedParty> parties = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Stray stray = new Stray(plain, "an organisation");
		int unknownFrom = -1;
		int unknownTo = -1;
		int i = 0;
		while (i < tokens.size()) {
			Token token = tokens.get(i);
			if (!token.is(Kind.WORD) || token.isNumber()) {
				if (token.is(Kind.OPEN)) {
					int close = ListTokens.closing(tokens, i);
					if (unknownFrom >= 0) {
						unknownTo = Math.min(close, tokens.size() - 1);
					}
					else {
						stray.extend(token.start(), ListTokens.endOffset(tokens, close));
					}
					i = close + 1;
					continue;
				}
				if (unknownFrom >= 0 && !token.isNumber()) {
					parties.add(unknownOrganisation(tokens, unknownFrom, unknownTo, plain, kindIfUnknown));
					unknownFrom = -1;
				}
				stray.flush(problems);
				i++;
				continue;
			}
			int groupEnd = -1;
			int groupIndex = -1;
			for (int g = 0; g < groups.size(); g++) {
				int end = keysMatchAt(tokens, i, groups.get(g));
				if (end > groupEnd) {
					groupEnd = end;
					groupIndex = g;
				}
			}
			Hit organisation = organisationAt(tokens, i);
			Hit country = countryAt(tokens, i);
			int best = Math.max(groupEnd, Math.max(end(organisation), end(country)));
			if (best > i) {
				if (unknownFrom >= 0) {
					parties.add(unknownOrganisation(tokens, unknownFrom, unknownTo, plain, kindIfUnknown));
					unknownFrom = -1;
				}
				stray.flush(problems);
				int end = best;
				List<String> agencies = List.of();
				if (end < tokens.size() && tokens.get(end).is(Kind.OPEN)) {
					int close = ListTokens.closing(tokens, end);
					agencies = agencies(tokens, end + 1, close, plain);
					end = close + 1;
				}
				String wording = span(plain, tokens, i, end);
				if (groupEnd == best) {
					parties.add(new ParsedParty(null, groupList.get(groupIndex), ParticipantRole.INTERESTED, agencies,
							wording));
				}
				else if (end(organisation) == best) {
					String name = catalogue.mention(span(plain, tokens, i, best), kindIfUnknown, null);
					parties.add(new ParsedParty(null, name, ParticipantRole.INTERESTED, agencies, wording));
				}
				else {
					parties.add(countryParty(country.country(), ParticipantRole.INTERESTED, agencies, wording));
				}
				i = end;
			}
			else if (token.startsUpperCase()) {
				stray.flush(problems);
				if (unknownFrom < 0) {
					unknownFrom = i;
				}
				unknownTo = i;
				i++;
			}
			else if (unknownFrom >= 0 && connectsCapitalisedWords(tokens, i)) {
				unknownTo = i;
				i++;
			}
			else if (isListWord(token)) {
				if (unknownFrom >= 0) {
					parties.add(unknownOrganisation(tokens, unknownFrom, unknownTo, plain, kindIfUnknown));
					unknownFrom = -1;
				}
				stray.flush(problems);
				i++;
			}
			else {
				if (unknownFrom >= 0) {
					parties.add(unknownOrganisation(tokens, unknownFrom, unknownTo, plain, kindIfUnknown));
					unknownFrom = -1;
				}
				stray.extend(token.start(), token.end());
				i++;
			}
		}
		if (unknownFrom >= 0) {
			parties.add(unknownOrganisation(tokens, unknownFrom, unknownTo, plain, kindIfUnknown));
		}
		stray.flush(problems);
		return new PartyList(parties, problems);
	}

	/**
	 * Splits the agencies named in brackets at the top level only: "MGI, MCTI and
	 * CETIC.br/CGI.br" gives four, "UniAndes, SC3UIS, LaRedCCA (RENATA)" gives three,
	 * keeping the inner brackets.
	 */
	public List<String> readAgencies(String text) {
		String plain = text == null ? "" : text;
		List<Token> tokens = ListTokens.lex(plain);
		return agencies(tokens, 0, tokens.size(), plain);
	}

	private PartyList readItems(String text, ParticipantRole fixedRole, OrganisationKind kindIfUnknown) {
		String plain = text == null ? "" : text;
		List<Token> tokens = ListTokens.lex(plain);
		List<ParsedParty> parties = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		ParticipantRole mode = ParticipantRole.CO_LEAD;
		ParticipantRole beforeAgencies = ParticipantRole.CO_LEAD;
		int sinceKeyword = 0;
		int i = 0;
		Stray stray = new Stray(plain, "a connector, a country or an organisation");
		while (i < tokens.size()) {
			Token token = tokens.get(i);
			boolean named = Math.max(end(countryAt(tokens, i)), end(organisationAt(tokens, i))) > i;
			ConnectorHit connector = named ? null : connectorAt(tokens, i);
			if (connector != null) {
				stray.flush(problems);
			}
			if (fixedRole == null && connector != null && connector.role().equals("partner")) {
				mode = ParticipantRole.PARTNER;
				sinceKeyword = 0;
				i += connector.length();
				continue;
			}
			if (fixedRole == null && connector != null && connector.role().equals("implementing")) {
				if (mode != ParticipantRole.IMPLEMENTING_AGENCY) {
					beforeAgencies = mode;
				}
				mode = ParticipantRole.IMPLEMENTING_AGENCY;
				sinceKeyword = 0;
				i += connector.length();
				continue;
			}
			if (connector != null && connector.length() > 1 && connector.role().equals("and")) {
				i += connector.length();
				continue;
			}
			if (connector != null && connector.role().equals("article")) {
				i += connector.length();
				continue;
			}
			if (fixedRole == null && connector == null && !named && token.is(Kind.WORD) && !token.startsUpperCase()
					&& !token.isNumber()) {
				// names first, connectors last: a word that is neither stays out of every
				// name
				stray.extend(token.start(), token.end());
				i++;
				continue;
			}
			if (token.is(Kind.COMMA) || token.is(Kind.SEMICOLON)) {
				stray.flush(problems);
			}
			if (token.is(Kind.OPEN)) {
				int close = ListTokens.closing(tokens, i);
				problems.add("expected a country or an organisation before '" + span(plain, tokens, i, close + 1)
						+ "' but found none");
				i = close + 1;
				continue;
			}
			if (!token.is(Kind.WORD) || token.isNumber() || isListWord(token)) {
				i++;
				continue;
			}
			Item item = itemAt(tokens, i, plain, fixedRole);
			ParticipantRole role;
			if (fixedRole != null) {
				role = fixedRole;
			}
			else {
				boolean restarts = sinceKeyword > 0 && (item.country() != null || item.euInstitution());
				if (mode == ParticipantRole.IMPLEMENTING_AGENCY && restarts) {
					mode = item.country() != null ? beforeAgencies : ParticipantRole.CO_LEAD;
				}
				else if (mode == ParticipantRole.PARTNER && sinceKeyword > 0 && item.euInstitution()) {
					mode = ParticipantRole.CO_LEAD;
				}
				role = mode;
				sinceKeyword++;
			}
			stray.flush(problems);
			parties.add(party(item, role, kindIfUnknown));
			i = item.end();
		}
		stray.flush(problems);
		return new PartyList(parties, problems);
	}

	private record Item(Country country, String organisation, boolean known, boolean euInstitution,
			List<String> agencies, String wording, int end) {
	}

	private record Hit(Country country, Organisation organisation, int end) {
	}

	private Item itemAt(List<Token> tokens, int i, String plain, ParticipantRole fixedRole) {
		Hit country = countryAt(tokens, i);
		Hit organisation = organisationAt(tokens, i);
		Hit best = end(organisation) > end(country) ? organisation : country;
		int end;
		if (best != null && (isBoundary(tokens, best.end(), i)
				|| best.country() != null && best.end() < tokens.size() && tokens.get(best.end()).is(Kind.WORD)
						&& !tokens.get(best.end()).startsUpperCase() && !joinsWords(tokens.get(best.end())))) {
			end = best.end();
		}
		else {
			best = null;
			end = i + 1;
			while (end < tokens.size() && !isBoundary(tokens, end, i) && countryNameAt(tokens, end) < 0) {
				end++;
			}
			Hit institutionOf = institutionCountry(tokens, i, end);
			if (institutionOf != null) {
				// "Ministerio de Ciencia de Chile": one of that country's institutions
				String institution = span(plain, tokens, i, institutionOf.end());
				int last = institutionOf.end();
				List<String> agencies = new ArrayList<>(List.of(institution));
				if (last < tokens.size() && tokens.get(last).is(Kind.OPEN)) {
					int close = ListTokens.closing(tokens, last);
					agencies.addAll(agencies(tokens, last + 1, close, plain));
					last = close + 1;
				}
				return new Item(institutionOf.country(), null, true, false, agencies, span(plain, tokens, i, last),
						last);
			}
		}
		String name = span(plain, tokens, i, end);
		List<String> agencies = List.of();
		int last = end;
		if (end < tokens.size() && tokens.get(end).is(Kind.OPEN)) {
			int close = ListTokens.closing(tokens, end);
			agencies = agencies(tokens, end + 1, close, plain);
			last = close + 1;
		}
		String wording = span(plain, tokens, i, last);
		if (best != null && best.country() != null) {
			return new Item(best.country(), null, true, false, agencies, wording, last);
		}
		boolean eu = best != null && best.organisation().getKind() == OrganisationKind.EU_INSTITUTION;
		return new Item(null, name, best != null, eu, agencies, wording, last);
	}

	private ParsedParty party(Item item, ParticipantRole role, OrganisationKind kindIfUnknown) {
		if (item.country() != null) {
			return countryParty(item.country(), role, item.agencies(), item.wording());
		}
		OrganisationKind kind = kindIfUnknown != null ? kindIfUnknown : role == ParticipantRole.IMPLEMENTING_AGENCY
				? OrganisationKind.IMPLEMENTING_AGENCY : OrganisationKind.OTHER;
		String name = catalogue.mention(item.organisation(), kind, null);
		return new ParsedParty(null, name, role, item.agencies(), item.wording());
	}

	private ParsedParty countryParty(Country country, ParticipantRole role, List<String> agencies, String wording) {
		for (String agency : agencies) {
			catalogue.mention(agency, OrganisationKind.NATIONAL_AGENCY, country.getCode());
		}
		return ParsedParty.country(country.getCode(), role, agencies, wording);
	}

	private ParsedParty unknownOrganisation(List<Token> tokens, int from, int to, String plain, OrganisationKind kind) {
		int nameEnd = to + 1;
		List<String> agencies = List.of();
		for (int k = from; k <= to; k++) {
			if (tokens.get(k).is(Kind.OPEN)) {
				nameEnd = k;
				agencies = agencies(tokens, k + 1, ListTokens.closing(tokens, k), plain);
				break;
			}
		}
		String name = catalogue.mention(span(plain, tokens, from, nameEnd), kind, null);
		return new ParsedParty(null, name, ParticipantRole.INTERESTED, agencies, span(plain, tokens, from, to + 1));
	}

	/**
	 * Splits tokens {@code from} (inclusive) to {@code to} (exclusive) at top-level
	 * separators.
	 */
	private List<String> agencies(List<Token> tokens, int from, int to, String plain) {
		List<String> agencies = new ArrayList<>();
		int depth = 0;
		int partStart = -1;
		int partEnd = -1;
		int limit = Math.min(to, tokens.size());
		for (int k = from; k < limit; k++) {
			Token token = tokens.get(k);
			if (token.is(Kind.OPEN)) {
				depth++;
			}
			else if (token.is(Kind.CLOSE)) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && isAgencySeparator(token) && !(partStart >= 0
					&& (isListWord(token) || token.is(Kind.AMPERSAND)) && joinsName(tokens, partStart, k))) {
				addAgency(agencies, plain, tokens, partStart, partEnd);
				partStart = -1;
				continue;
			}
			if (partStart < 0) {
				partStart = k;
			}
			partEnd = k;
		}
		addAgency(agencies, plain, tokens, partStart, partEnd);
		return agencies;
	}

	private static void addAgency(List<String> agencies, String plain, List<Token> tokens, int from, int to) {
		if (from < 0 || to < from) {
			return;
		}
		String agency = plain.substring(tokens.get(from).start(), tokens.get(to).end()).strip();
		if (!agency.isEmpty() && agency.codePoints().anyMatch(Character::isLetterOrDigit)) {
			agencies.add(agency);
		}
	}

	/**
	 * Whether lower-case connectors starting at {@code i} lead to a capitalised word
	 * ("Bank of the South").
	 */
	private static boolean connectsCapitalisedWords(List<Token> tokens, int i) {
		int k = i;
		while (k < tokens.size() && k < i + 3 && tokens.get(k).is(Kind.WORD)
				&& CONNECTORS.contains(tokens.get(k).text())) {
			k++;
		}
		return k > i && k < tokens.size() && tokens.get(k).startsUpperCase();
	}

	private static boolean isAgencySeparator(Token token) {
		return token.is(Kind.COMMA) || token.is(Kind.SEMICOLON) || token.is(Kind.SLASH) || token.is(Kind.AMPERSAND)
				|| isListWord(token);
	}

	/**
	 * Whether "and" at {@code at} joins two halves of one unknown name ("Ministry of
	 * Science and Technology") rather than two names: the left half reads as a name with
	 * "of", the right half starts with a capitalised word that is neither an acronym nor
	 * a known name.
	 */
	private boolean joinsName(List<Token> tokens, int from, int at) {
		if (at + 1 >= tokens.size()) {
			return false;
		}
		Token next = tokens.get(at + 1);
		if (!next.startsUpperCase() || next.text().equals(next.text().toUpperCase(Locale.ROOT))) {
			return false;
		}
		boolean connector = false;
		for (int k = from; k < at; k++) {
			Token token = tokens.get(k);
			if (token.is(Kind.WORD) && CONNECTORS.contains(token.text())) {
				connector = true;
			}
		}
		return connector && countryAt(tokens, at + 1) == null && organisationAt(tokens, at + 1) == null;
	}

	private boolean isBoundary(List<Token> tokens, int at, int itemStart) {
		if (at >= tokens.size()) {
			return true;
		}
		Token token = tokens.get(at);
		if (token.is(Kind.COMMA) && at + 1 < tokens.size() && isLegalForm(tokens.get(at + 1))) {
			return false;
		}
		if (token.is(Kind.DOT) && at > itemStart && isLegalForm(tokens.get(at - 1))
				&& tokens.get(at - 1).end() == token.start()) {
			return false;
		}
		if (token.is(Kind.COMMA) || token.is(Kind.SEMICOLON) || token.is(Kind.OPEN) || token.is(Kind.CLOSE)
				|| token.is(Kind.DOT)) {
			return true;
		}
		if (isListWord(token) || token.is(Kind.AMPERSAND)) {
			return !joinsName(tokens, itemStart, at);
		}
		ConnectorHit connector = connectorAt(tokens, at);
		return connector != null && !connector.role().equals("article");
	}

	/**
	 * The end of the country the gazetteer knows at token {@code i}, with or without an
	 * article before it, or -1: where an unknown name must stop, so that it never
	 * swallows a country.
	 */
	private int countryNameAt(List<Token> tokens, int i) {
		if (i >= tokens.size() || !tokens.get(i).is(Kind.WORD)) {
			return -1;
		}
		int end = end(countryAt(tokens, i));
		if (end < 0) {
			ConnectorHit article = connectorAt(tokens, i);
			if (article != null && article.role().equals("article")) {
				end = end(countryAt(tokens, i + article.length()));
			}
		}
		return end;
	}

	/** The connector of the vocabulary that starts at token {@code i}, the longest. */
	private static ConnectorHit connectorAt(List<Token> tokens, int i) {
		if (i >= tokens.size() || !(tokens.get(i).is(Kind.WORD) || tokens.get(i).is(Kind.AMPERSAND))) {
			return null;
		}
		List<String> first = tokens.get(i).keys();
		for (Connector connector : first.isEmpty() ? List.<Connector>of()
				: CONNECTOR_WORDS.getOrDefault(first.get(0), List.of())) {
			int matched = 0;
			int k = i;
			while (k < tokens.size() && matched < connector.keys().size()
					&& (tokens.get(k).is(Kind.WORD) || tokens.get(k).is(Kind.AMPERSAND))) {
				List<String> keys = tokens.get(k).keys();
				if (keys.isEmpty() || matched + keys.size() > connector.keys().size()
						|| !connector.keys().subList(matched, matched + keys.size()).equals(keys)) {
					break;
				}
				matched += keys.size();
				k++;
			}
			if (matched == connector.keys().size()) {
				return new ConnectorHit(connector.role(), k - i);
			}
		}
		return null;
	}

	/**
	 * The country closing a run of capitalised words joined by "of", "de", "da": the
	 * country whose institution the run names ("Ministry of Science of Colombia",
	 * "Ministério da Educação do Peru"), or null.
	 */
	private Hit institutionCountry(List<Token> tokens, int from, int runEnd) {
		if (runEnd >= tokens.size() || runEnd - from < 1 || !tokens.get(from).startsUpperCase()) {
			return null;
		}
		boolean joined = joinsWords(tokens.get(runEnd - 1));
		int k = runEnd;
		while (k < tokens.size() && k < runEnd + 2 && joinsWords(tokens.get(k))) {
			joined = true;
			k++;
		}
		if (!joined || runEnd - from < 2 && k == runEnd) {
			return null;
		}
		Hit country = countryAt(tokens, k);
		return country != null && country.country() != null ? country : null;
	}

	private static boolean joinsWords(Token token) {
		return token.is(Kind.WORD) && CONNECTORS.contains(token.text().toLowerCase(Locale.ROOT));
	}

	/**
	 * The longest country name starting at token {@code i}; "." is transparent ("St.
	 * Lucia").
	 */
	private Hit countryAt(List<Token> tokens, int i) {
		if (i >= tokens.size() || !tokens.get(i).is(Kind.WORD) || !startsName(tokens, i, countryFirstWords)) {
			return null;
		}
		List<String> keys = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		List<Integer> tokenEnds = new ArrayList<>();
		for (int k = i; k < tokens.size() && k < i + LONGEST_NAME_IN_TOKENS; k++) {
			Token token = tokens.get(k);
			if (token.is(Kind.WORD) || token.is(Kind.AMPERSAND)) {
				keys.addAll(token.keys());
				ends.add(keys.size());
				tokenEnds.add(k + 1);
			}
			else if (!(token.is(Kind.DOT) && k > i && tokens.get(k - 1).is(Kind.WORD))) {
				break;
			}
		}
		for (int e = ends.size() - 1; e >= 0; e--) {
			List<String> words = keys.subList(0, ends.get(e));
			if (words.size() == 1 && words.get(0).length() < 3 && !tokens.get(i).startsUpperCase()) {
				continue;
			}
			var country = countries.find(String.join(" ", words));
			if (country.isPresent()) {
				return new Hit(country.get(), null, tokenEnds.get(e));
			}
		}
		return null;
	}

	/** The longest organisation the directory knows starting at token {@code i}. */
	private Hit organisationAt(List<Token> tokens, int i) {
		if (i >= tokens.size() || !tokens.get(i).is(Kind.WORD) || !startsName(tokens, i, organisationFirstWords)) {
			return null;
		}
		int limit = i;
		while (limit < tokens.size() && limit < i + LONGEST_NAME_IN_TOKENS) {
			Token token = tokens.get(limit);
			if (token.is(Kind.OPEN) || token.is(Kind.CLOSE) || token.is(Kind.SEMICOLON) || token.is(Kind.SLASH)) {
				break;
			}
			limit++;
		}
		for (int end = limit; end > i; end--) {
			Token last = tokens.get(end - 1);
			if (!last.is(Kind.WORD)) {
				continue;
			}
			if (end == i + 1 && !tokens.get(i).startsUpperCase()) {
				continue;
			}
			var organisation = directory.find(joinTexts(tokens, i, end));
			if (organisation.isPresent()) {
				return new Hit(null, organisation.get(), end);
			}
		}
		return null;
	}

	/**
	 * Whether token {@code i}, or the word after a leading article, can start one of the
	 * names.
	 */
	private static boolean startsName(List<Token> tokens, int i, Set<String> firstWords) {
		List<String> keys = tokens.get(i).keys();
		if (keys.isEmpty()) {
			return false;
		}
		if (firstWords.contains(keys.get(0))) {
			return true;
		}
		return ARTICLES.contains(keys.get(0)) && i + 1 < tokens.size() && !tokens.get(i + 1).keys().isEmpty()
				&& firstWords.contains(tokens.get(i + 1).keys().get(0));
	}

	private static String joinTexts(List<Token> tokens, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int k = from; k < to; k++) {
			text.append(tokens.get(k).text()).append(' ');
		}
		return text.toString();
	}

	/** The token index just after {@code words} when they start at {@code i}, else -1. */
	private static int keysMatchAt(List<Token> tokens, int i, List<String> words) {
		if (words.isEmpty()) {
			return -1;
		}
		int matched = 0;
		int k = i;
		while (k < tokens.size() && matched < words.size()) {
			Token token = tokens.get(k);
			if (token.is(Kind.DOT) && k > i) {
				k++;
				continue;
			}
			if (!(token.is(Kind.WORD) || token.is(Kind.AMPERSAND))) {
				return -1;
			}
			for (String key : token.keys()) {
				if (matched >= words.size() || !words.get(matched).equals(key)) {
					return -1;
				}
				matched++;
			}
			k++;
		}
		return matched == words.size() ? k : -1;
	}

	/**
	 * A legal form that ends an organisation's name after a comma: "Camões, I.P.",
	 * "Telefónica, S.A.", "Acme, Inc.".
	 */
	private static boolean isLegalForm(Token token) {
		return token.is(Kind.WORD) && LEGAL_FORMS.contains(token.text().replace(".", "").toLowerCase(Locale.ROOT));
	}

	private static boolean isListWord(Token token) {
		return token.is(Kind.WORD) && LIST_WORDS.contains(token.text().toLowerCase(Locale.ROOT));
	}

	private static int end(Hit hit) {
		return hit == null ? -1 : hit.end();
	}

	private static String span(String plain, List<Token> tokens, int from, int to) {
		if (from >= to || from >= tokens.size()) {
			return "";
		}
		return plain.substring(tokens.get(from).start(), tokens.get(Math.min(to, tokens.size()) - 1).end()).strip();
	}

	/**
	 * Text that is not what a list should hold, gathered until something readable comes
	 * again.
	 */
	private static final class Stray {

		private final String plain;

		private final String expected;

		private int start = -1;

		private int end = -1;

		Stray(String plain, String expected) {
			this.plain = plain;
			this.expected = expected;
		}

		void extend(int from, int to) {
			if (start < 0) {
				start = from;
			}
			end = to;
		}

		void flush(List<String> problems) {
			if (start >= 0) {
				problems.add("expected " + expected + " but found '" + plain.substring(start, end).strip() + "'");
				start = -1;
			}
		}

	}

}
