package eu.lac.alliance.domain.organisation;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.NameKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A body that co-leads, implements or takes an interest in the Alliance's work: from GIZ
 * to INDOTEL to Nokia.
 */
@Entity
@Table(name = "organisation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "name", nullable = false)
	private String name;

	@Column(name = "acronym")
	private String acronym;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false)
	private OrganisationKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	@ElementCollection
	@CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "alias", nullable = false)
	private Set<String> aliases = new LinkedHashSet<>();

	public Organisation(String name, String acronym, OrganisationKind kind, Country country, Set<String> aliases) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("an organisation needs a name");
		}
		this.name = name.strip();
		this.acronym = acronym == null || acronym.isBlank() ? null : acronym.strip();
		this.kind = Objects.requireNonNull(kind, "kind");
		this.country = country;
		this.aliases = new LinkedHashSet<>(aliases);
	}

	public Set<String> getAliases() {
		return Collections.unmodifiableSet(aliases);
	}

	/** The name, its acronym and its aliases: every way documents refer to it. */
	public Set<String> namesUsed() {
		Set<String> names = new LinkedHashSet<>();
		names.add(name);
		if (acronym != null) {
			names.add(acronym);
		}
		names.addAll(aliases);
		return names;
	}

	/** The short form dashboards show: the acronym where there is one. */
	public String displayName() {
		return acronym != null ? acronym : name;
	}

	public boolean isKnownAs(String mention) {
		String key = NameKey.of(mention);
		return namesUsed().stream().anyMatch(n -> NameKey.of(n).equals(key));
	}

	public boolean addAlias(String alias) {
		return !isKnownAs(alias) && aliases.add(alias);
	}

	/**
	 * Corrects what the organisation is called and what it is, by hand. Aliases that are
	 * the name or acronym themselves are dropped, so every alias is another way of naming
	 * it.
	 */
	public void correct(String newName, String newAcronym, OrganisationKind newKind, Country newCountry,
			Set<String> newAliases) {
		if (newName == null || newName.isBlank()) {
			throw new IllegalArgumentException("an organisation needs a name");
		}
		this.name = newName.strip();
		this.acronym = newAcronym == null || newAcronym.isBlank() ? null : newAcronym.strip();
		this.kind = Objects.requireNonNull(newKind, "kind");
		this.country = newCountry;
		this.aliases.clear();
		newAliases.stream().map(String::strip).filter(a -> !a.isEmpty()).forEach(this::addAlias);
	}

	/**
	 * Takes over the names of {@code duplicate}, which is being merged into this one: its
	 * name, acronym and aliases become aliases here, so documents naming it find this
	 * record.
	 */
	public void absorbNamesOf(Organisation duplicate) {
		if (duplicate == this || id != null && id.equals(duplicate.getId())) {
			throw new IllegalArgumentException("an organisation cannot be merged into itself");
		}
		duplicate.namesUsed().forEach(this::addAlias);
	}

	@Override
	public String toString() {
		return displayName();
	}

}
