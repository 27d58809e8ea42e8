package eu.lac.alliance.domain.country;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds countries in text by any of their names: the whole name, or the longest name that
 * starts at a given word, so that "Dominican Republic Guatemala" splits at country names
 * rather than at spaces.
 */
public final class CountryGazetteer {

	private final Map<String, Country> byKey = new HashMap<>();

	private final Map<String, Country> byCode = new HashMap<>();

	private int longestNameInWords = 1;

	public CountryGazetteer(Collection<Country> countries) {
		for (Country country : countries) {
			byCode.put(country.getCode(), country);
			register(country.getName(), country);
			country.getAliases().forEach(alias -> register(alias, country));
		}
	}

	private void register(String name, Country country) {
		List<String> tokens = NameKey.tokens(name);
		if (tokens.isEmpty()) {
			return;
		}
		byKey.putIfAbsent(String.join(" ", tokens), country);
		longestNameInWords = Math.max(longestNameInWords, tokens.size());
	}

	/**
	 * The country a whole name denotes, in any language or spelling the gazetteer knows.
	 */
	public Optional<Country> find(String name) {
		return Optional.ofNullable(byKey.get(NameKey.of(name)));
	}

	/** The country with this ISO alpha-2 code. */
	public Optional<Country> byCode(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code.toUpperCase(java.util.Locale.ROOT)));
	}

	public Collection<Country> countries() {
		return byCode.values();
	}

	/**
	 * The longest country name that starts at word {@code start} of {@code tokens} (words
	 * as {@link NameKey#tokens} makes them); a leading "the" is part of the match.
	 */
	public Optional<Match> longestMatchAt(List<String> tokens, int start) {
		int from = start;
		while (from < tokens.size()
				&& (tokens.get(from).equals("the") || tokens.get(from).equals("la") || tokens.get(from).equals("el"))) {
			from++;
		}
		int limit = Math.min(tokens.size(), from + longestNameInWords);
		for (int end = limit; end > from; end--) {
			Country country = byKey.get(String.join(" ", tokens.subList(from, end)));
			if (country != null) {
				return Optional.of(new Match(country, start, end));
			}
		}
		return Optional.empty();
	}

	/**
	 * A country found in a list of words: it spans words {@code start} (inclusive) to
	 * {@code end}.
	 */
	public record Match(Country country, int start, int end) {
	}

}
