package eu.lac.alliance.domain.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.lac.alliance.domain.country.NameKey;

/**
 * Finds a known organisation by its name, acronym or any alias, however a document spells
 * it. A name is unique within its country only: "Environment Ministry" can be two
 * organisations of two countries.
 */
public final class OrganisationDirectory {

	private final Map<String, List<Organisation>> byKey = new LinkedHashMap<>();

	private final List<Organisation> organisations;

	public OrganisationDirectory(Collection<Organisation> organisations) {
		this.organisations = new ArrayList<>(organisations);
		for (Organisation organisation : organisations) {
			index(organisation);
		}
	}

	private void index(Organisation organisation) {
		for (String name : organisation.namesUsed()) {
			String key = NameKey.of(name);
			if (!key.isEmpty()) {
				List<Organisation> named = byKey.computeIfAbsent(key, k -> new ArrayList<>());
				if (!named.contains(organisation)) {
					named.add(organisation);
				}
			}
		}
	}

	/** The first organisation known by the mention, whatever its country. */
	public Optional<Organisation> find(String mention) {
		List<Organisation> named = byKey.get(NameKey.of(mention));
		return named == null ? Optional.empty() : Optional.of(named.get(0));
	}

	/**
	 * The organisation known by the mention in the given country: one of that country,
	 * else one of no country; one of another country is another organisation. With no
	 * country given, the first known.
	 */
	public Optional<Organisation> findIn(String mention, String countryCode) {
		List<Organisation> named = byKey.get(NameKey.of(mention));
		if (named == null) {
			return Optional.empty();
		}
		if (countryCode == null) {
			return Optional.of(named.get(0));
		}
		Optional<Organisation> same = named.stream()
			.filter(o -> o.getCountry() != null && countryCode.equals(o.getCountry().getCode()))
			.findFirst();
		return same.isPresent() ? same : named.stream().filter(o -> o.getCountry() == null).findFirst();
	}

	/**
	 * Makes an organisation just created findable, without re-indexing the others (an
	 * import creates many).
	 */
	public void add(Organisation organisation) {
		organisations.add(organisation);
		index(organisation);
	}

	public List<Organisation> organisations() {
		return java.util.Collections.unmodifiableList(organisations);
	}

}
