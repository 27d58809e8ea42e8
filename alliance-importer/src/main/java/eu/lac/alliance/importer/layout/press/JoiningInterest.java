package eu.lac.alliance.importer.layout.press;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.NameKey;

/**
 * Countries a story says want to join the Alliance ("marked by Belize official interest
 * in joining the Digital Alliance"). An interest is not a membership: the importer
 * reports it for an admin to confirm.
 *
 * @param country the country
 * @param offset where the statement is in the searched text
 */
record JoiningInterest(Country country, int offset) {

	private static final Pattern INTEREST = Pattern
		.compile("(?iu)interest\\s++in\\s++joining|wish(?:es)?\\s++to\\s++join"
				+ "|intention\\s++to\\s++join|inter[ée]s\\s++(?:en|de|por)\\s++(?:unirse|adherirse|sumarse)"
				+ "|interesse\\s++em\\s++(?:aderir|se\\s++juntar|juntar-se)");

	private static final Set<String> PLACE_WORDS = Set.of("in", "en", "em", "at", "from", "to", "hosted", "held",
			"desde", "de", "del", "no", "na");

	/**
	 * Every country that, in the sentence where the story says so, states an interest in
	 * joining: the countries named before the statement, other than the place it happened
	 * ("in Chile").
	 */
	static List<JoiningInterest> in(NewsPage page, CountryGazetteer countries) {
		String text = page.body();
		List<JoiningInterest> found = new ArrayList<>();
		Matcher matcher = INTEREST.matcher(text);
		int previous = 0;
		while (matcher.find()) {
			int[] sentence = page.sentenceAround(matcher.start());
			// only the words since the previous statement: each word is read once however
			// many statements there are
			List<String> tokens = NameKey.tokens(text.substring(Math.max(sentence[0], previous), matcher.start()));
			previous = matcher.end();
			int i = 0;
			while (i < tokens.size()) {
				var match = countries.longestMatchAt(tokens, i);
				if (match.isPresent() && !afterPlaceWord(tokens, i)) {
					Country country = match.get().country();
					if (found.stream().noneMatch(f -> f.country().getCode().equals(country.getCode()))) {
						found.add(new JoiningInterest(country, matcher.start()));
					}
					i = match.get().end();
				}
				else {
					i++;
				}
			}
		}
		return found;
	}

	/**
	 * "in the Dominican Republic" names where something happened, not who wants to join.
	 */
	private static boolean afterPlaceWord(List<String> tokens, int at) {
		int before = at - 1;
		while (before >= 0 && (tokens.get(before).equals("the") || tokens.get(before).equals("la")
				|| tokens.get(before).equals("el"))) {
			before--;
		}
		return before >= 0 && PLACE_WORDS.contains(tokens.get(before));
	}

}
