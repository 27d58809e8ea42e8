package eu.lac.alliance.domain.country;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A country of the Alliance or named by its documents, keyed by its ISO 3166-1 alpha-2
 * code.
 */
@Entity
@Table(name = "country")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Country {

	@Id
	@Column(name = "code", length = 2)
	private String code;

	@Column(name = "name", nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "region", nullable = false)
	private Region region;

	@ElementCollection
	@CollectionTable(name = "country_alias", joinColumns = @JoinColumn(name = "country_code"))
	@Column(name = "alias", nullable = false)
	private Set<String> aliases = new LinkedHashSet<>();

	public Country(String code, String name, Region region, Set<String> aliases) {
		if (code == null || !code.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("expected an ISO 3166-1 alpha-2 code but found " + code);
		}
		this.code = code;
		this.name = Objects.requireNonNull(name, "name");
		this.region = Objects.requireNonNull(region, "region");
		this.aliases = new LinkedHashSet<>(aliases);
	}

	public Set<String> getAliases() {
		return Collections.unmodifiableSet(aliases);
	}

	/** Records another way documents write this country's name; true when it was new. */
	public boolean addAlias(String alias) {
		if (NameKey.of(alias).equals(NameKey.of(name))) {
			return false;
		}
		return aliases.add(alias);
	}

	public boolean isInLatinAmericaOrCaribbean() {
		return region == Region.LATIN_AMERICA_CARIBBEAN;
	}

	@Override
	public boolean equals(Object other) {
		// through the getter: a persistence proxy's own fields are empty
		return other instanceof Country that && getCode().equals(that.getCode());
	}

	@Override
	public int hashCode() {
		return getCode().hashCode();
	}

	@Override
	public String toString() {
		return code + " " + name;
	}

}
