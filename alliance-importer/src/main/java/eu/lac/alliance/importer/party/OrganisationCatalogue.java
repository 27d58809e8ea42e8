package eu.lac.alliance.importer.party;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.importer.result.ParsedOrganisation;

/**
 * Collects the organisations one document names, once each, resolving them through the
 * directory so that "FIIAP", "FIIAPP" and the full Spanish name become one organisation.
 */
public final class OrganisationCatalogue {

	private final OrganisationDirectory directory;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*");

	private final Map<String, ParsedOrganisation> byKey = new LinkedHashMap<>();

	private int longestNameInWords;

	private Set<String> firstWords;

	public OrganisationCatalogue(OrganisationDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Records a mention and returns the name to use for it: the directory's canonical
	 * name when known, else the mention as written. {@code kindIfUnknown} and
	 * {@code countryIfUnknown} describe an organisation the directory does not know (the
	 * parser's best knowledge from context).
	 */
	public String mention(String mention, OrganisationKind kindIfUnknown, String countryIfUnknown) {
		String cleaned = mention.strip();
		var known = directory.find(cleaned);
		if (known.isPresent()) {
			Organisation organisation = known.get();
			String key = NameKey.of(organisation.getName());
			byKey.putIfAbsent(key,
					new ParsedOrganisation(organisation.getName(), organisation.getAcronym(), organisation.getKind(),
							organisation.getCountry() == null ? null : organisation.getCountry().getCode(), true));
			return organisation.getName();
		}
		byKey.putIfAbsent(NameKey.of(cleaned),
				new ParsedOrganisation(cleaned, null, kindIfUnknown, countryIfUnknown, false));
		return byKey.get(NameKey.of(cleaned)).name();
	}

	/**
	 * Records every organisation of the directory that free text names, by name, alias or
	 * acronym. Acronyms count only when written in capitals ("UN", not the Spanish "un");
	 * "EU" alone is the region in the Alliance's prose, not an organisation, and is
	 * passed over.
	 */
	public void scan(String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		List<String> folded = words.stream().map(NameKey::of).toList();
		int i = 0;
		while (i < words.size()) {
			if (!firstWords().contains(folded.get(i).split(" ", 2)[0])) {
				// no known name starts with this word: spares the longest-match loop on
				// almost every word
				i++;
				continue;
			}
			int matchedEnd = -1;
			for (int end = Math.min(words.size(), i + longestName()); end > i && matchedEnd < 0; end--) {
				String candidate = String.join(" ", folded.subList(i, end));
				var found = directory.find(candidate);
				if (found.isPresent() && countsAsMention(found.get(), words.subList(i, end))) {
					mention(found.get().getName(), found.get().getKind(), null);
					matchedEnd = end;
				}
			}
			i = matchedEnd > 0 ? matchedEnd : i + 1;
		}
	}

	private Set<String> firstWords() {
		if (firstWords == null) {
			firstWords = new HashSet<>();
			for (Organisation organisation : directory.organisations()) {
				for (String name : organisation.namesUsed()) {
					List<String> tokens = NameKey.tokens(name);
					if (!tokens.isEmpty()) {
						firstWords.add(tokens.get(0));
					}
				}
			}
		}
		return firstWords;
	}

	private int longestName() {
		if (longestNameInWords == 0) {
			longestNameInWords = directory.organisations()
				.stream()
				.flatMap(o -> o.namesUsed().stream())
				.mapToInt(n -> NameKey.tokens(n).size())
				.max()
				.orElse(1);
		}
		return longestNameInWords;
	}

	private static boolean countsAsMention(Organisation organisation, List<String> written) {
		String asWritten = String.join(" ", written);
		boolean acronymLike = written.size() == 1 && asWritten.length() <= 6;
		if (!acronymLike) {
			return true;
		}
		if (asWritten.equals("EU")) {
			return false;
		}
		return organisation.namesUsed()
			.stream()
			.anyMatch(name -> name.replaceAll("[^\\p{L}\\p{N}]", "").equals(asWritten.replaceAll("[^\\p{L}\\p{N}]", ""))
					&& !name.equals(name.toLowerCase(java.util.Locale.ROOT)));
	}

	/** Every organisation mentioned so far, in order of first mention. */
	public List<ParsedOrganisation> organisations() {
		return new ArrayList<>(byKey.values());
	}

}
