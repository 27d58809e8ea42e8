package eu.lac.alliance.importer.layout.chairs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * The parties a sub-item names by code in brackets, as chairs' conclusions credit who
 * offers an activity: "Tallinn Summer School ... (EU &amp; EE)", "Study visit ... (i.e.,
 * CZ, FR, ES, EE)". A bracket names parties only when every word in it is an ISO country
 * code in capitals, "EU", or a lead-in or connector of {@code party-code-list.tsv}, so
 * that "(ENISA, EU CyberNet/LAC4)" or "(e.g. cyber ambassadors)" name none here.
 */
final class PartyCodes {

	private static final Set<String> OTHER_WORDS = VocabularyFile.words("party-code-list.tsv")
		.stream()
		.map(word -> word.toLowerCase(Locale.ROOT))
		.collect(Collectors.toUnmodifiableSet());

	private static final Pattern BRACKETS = Pattern.compile("\\(([^()]{1,200})\\)");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final String EUROPEAN_UNION = "EU";

	private PartyCodes() {
	}

	/**
	 * The countries and the European Union that the brackets of {@code text} list by
	 * code, each once, in order, as partners of the item.
	 */
	static List<ParsedParty> in(String text, ParseContext context) {
		Map<String, ParsedParty> parties = new LinkedHashMap<>();
		Matcher brackets = BRACKETS.matcher(text);
		while (brackets.find()) {
			read(brackets.group(1), context).forEach(party -> parties.putIfAbsent(party.wording(), party));
		}
		return List.copyOf(parties.values());
	}

	private static List<ParsedParty> read(String list, ParseContext context) {
		List<ParsedParty> parties = new ArrayList<>();
		Matcher words = WORD.matcher(list);
		while (words.find()) {
			String word = words.group();
			if (OTHER_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !isCode(word)) {
				continue;
			}
			Optional<ParsedParty> party = party(word, context);
			if (party.isEmpty()) {
				return List.of();
			}
			parties.add(party.get());
		}
		return parties;
	}

	private static Optional<ParsedParty> party(String word, ParseContext context) {
		if (!isCode(word)) {
			return Optional.empty();
		}
		if (word.equals(EUROPEAN_UNION)) {
			return context.organisations()
				.find(EUROPEAN_UNION)
				.map(Organisation::getName)
				.map(name -> ParsedParty.organisation(name, ParticipantRole.PARTNER, word));
		}
		return context.countries()
			.byCode(word)
			.map(Country::getCode)
			.map(code -> ParsedParty.country(code, ParticipantRole.PARTNER, List.of(), word));
	}

	private static boolean isCode(String word) {
		return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1));
	}

}
