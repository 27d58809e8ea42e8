package eu.lac.alliance.domain.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.lac.alliance.domain.country.NameKey;

/**
 * Finds a known organisation by its name, acronym or any alias, however a document spells
 * it.
 */
public final class OrganisationDirectory {

	private final Map<String, Organisation> byKey = new HashMap<>();

	private final List<Organisation> organisations;

	public OrganisationDirectory(Collection<Organisation> organisations) {
		this.organisations = List.copyOf(organisations);
		for (Organisation organisation : organisations) {
			for (String name : organisation.namesUsed()) {
				String key = NameKey.of(name);
				if (!key.isEmpty()) {
					byKey.putIfAbsent(key, organisation);
				}
			}
		}
	}

	public Optional<Organisation> find(String mention) {
		return Optional.ofNullable(byKey.get(NameKey.of(mention)));
	}

	public List<Organisation> organisations() {
		return organisations;
	}

}
