package eu.lac.alliance.importer.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.country.Region;
import eu.lac.alliance.domain.organisation.GroupMember;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.organisation.OrganisationGroup;
import eu.lac.alliance.domain.organisation.OrganisationGroupRepository;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.organisation.OrganisationRepository;
import eu.lac.alliance.domain.organisation.Party;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.importer.document.PolicyAreaNames;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * What the names of one document denote in the portal: countries, policy areas, and for a
 * party's name the one record it stands for, a group first (a group a document defines,
 * or the EU member states), else an organisation, found by name within its country or
 * created once. Every organisation it hands out for a record is remembered as linked.
 */
final class ImportReferences {

	/** "LaRedCCA (RENATA)": a name and, in brackets, an acronym that is not the name. */
	private static final Pattern BRACKETED_ACRONYM = Pattern
		.compile("^(?<name>.+?)\\s*+\\((?<acronym>[^()\\s]{2,15})\\)$");

	private record MemberStateGroup(String name, Region region, List<String> names) {
	}

	private static final List<MemberStateGroup> MEMBER_STATE_GROUPS = VocabularyFile.read("member-state-groups.tsv")
		.stream()
		.map(entry -> {
			List<String> names = new ArrayList<>(List.of(entry.cell(0)));
			names.addAll(entry.alternatives(2));
			return new MemberStateGroup(entry.cell(0), Region.valueOf(entry.cell(1)), List.copyOf(names));
		})
		.toList();

	private final CountryRepository countries;

	private final OrganisationRepository organisations;

	private final OrganisationGroupRepository groups;

	private final PolicyAreaRepository policyAreas;

	private final Tally tally;

	private final Map<String, PolicyArea> areas = new HashMap<>();

	private final Map<String, Organisation> organisationsByKey = new HashMap<>();

	private final Map<String, OrganisationGroup> groupsByKey = new HashMap<>();

	/**
	 * Names already looked up that denote no group: asked once per import, not once per
	 * mention, because every query first flushes the whole unit of work (thousands of
	 * items in a 5 MB document, so asking per mention made the import quadratic).
	 */
	private final Set<String> noGroup = new HashSet<>();

	private final Set<Organisation> linked = new HashSet<>();

	private OrganisationDirectory directory;

	ImportReferences(CountryRepository countries, OrganisationRepository organisations,
			OrganisationGroupRepository groups, PolicyAreaRepository policyAreas, Tally tally) {
		this.countries = countries;
		this.organisations = organisations;
		this.groups = groups;
		this.policyAreas = policyAreas;
		this.tally = tally;
	}

	Country country(String code) {
		return code == null ? null : countries.findById(code).orElse(null);
	}

	PolicyArea policyArea(String name) {
		String canonical = canonicalArea(name);
		return areas.computeIfAbsent(canonical, n -> policyAreas.findByName(n).orElseGet(() -> {
			String code = PolicyAreaNames.code(n);
			Set<String> taken = new HashSet<>();
			policyAreas.findAll().forEach(a -> taken.add(a.getCode()));
			String unique = code;
			for (int i = 2; taken.contains(unique); i++) {
				unique = code + i;
			}
			tally.created("policyAreas");
			return policyAreas.save(new PolicyArea(n, unique));
		}));
	}

	static String canonicalArea(String name) {
		return PolicyAreaNames.canonical(name == null || name.isBlank() ? "Other" : name);
	}

	/**
	 * The party a parsed party names: a country, a group, or an organisation; empty (with
	 * the caller warning) for an unknown country code.
	 */
	Optional<Party> party(ParsedParty party) {
		if (party.isCountry()) {
			return Optional.ofNullable(country(party.countryCode())).map(Party::country);
		}
		Optional<OrganisationGroup> group = group(party.organisation());
		if (group.isPresent()) {
			return Optional.of(Party.group(group.get()));
		}
		return Optional.of(Party.organisation(linked(organisation(party.organisation(), null))));
	}

	/**
	 * The group a name denotes: one stored (a document defined it), or a group of member
	 * states that the reference data defines, created on first mention.
	 */
	Optional<OrganisationGroup> group(String name) {
		String key = NameKey.of(name);
		OrganisationGroup cached = groupsByKey.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		if (noGroup.contains(key)) {
			return Optional.empty();
		}
		for (MemberStateGroup memberStates : MEMBER_STATE_GROUPS) {
			if (memberStates.names().stream().anyMatch(n -> NameKey.of(n).equals(key))) {
				OrganisationGroup group = groups.findByNameIgnoreCase(memberStates.name())
					.orElseGet(() -> memberStateGroup(memberStates));
				groupsByKey.put(key, group);
				return Optional.of(group);
			}
		}
		Optional<OrganisationGroup> stored = groups.findByNameIgnoreCase(name.strip());
		stored.ifPresentOrElse(group -> groupsByKey.put(key, group), () -> noGroup.add(key));
		return stored;
	}

	/** Remembers a group the document defines, so that mentions of it denote it. */
	void knowGroup(OrganisationGroup group) {
		noGroup.remove(NameKey.of(group.getName()));
		groupsByKey.put(NameKey.of(group.getName()), group);
	}

	private OrganisationGroup memberStateGroup(MemberStateGroup definition) {
		OrganisationGroup group = new OrganisationGroup(definition.name(), null);
		countries.findAll()
			.stream()
			.filter(country -> country.getRegion() == definition.region())
			.sorted(java.util.Comparator.comparing(Country::getCode))
			.forEach(country -> group.add(new GroupMember(country, null, null)));
		tally.created("groups");
		return groups.save(group);
	}

	/** Marks an organisation as referenced by a record this import writes. */
	Organisation linked(Organisation organisation) {
		linked.add(organisation);
		return organisation;
	}

	boolean isLinked(Organisation organisation) {
		return linked.contains(organisation);
	}

	/**
	 * The organisation a name denotes, created when the portal does not know it yet: a
	 * known name in another country is another organisation ("Environment Ministry" of
	 * two countries); an acronym in brackets is not part of the name.
	 */
	Organisation organisation(String written, ParsedOrganisation description) {
		if (directory == null) {
			directory = new OrganisationDirectory(organisations.findAllWithAliases());
		}
		String countryCode = description == null ? null : description.countryCode();
		String key = NameKey.of(written) + "|" + (countryCode == null ? "" : countryCode);
		Organisation cached = organisationsByKey.get(key);
		if (cached != null) {
			return cached;
		}
		String name = written.strip();
		Organisation bracketKnown = null;
		Matcher bracketed = BRACKETED_ACRONYM.matcher(name);
		if (directory.find(name).isEmpty() && bracketed.matches()) {
			name = bracketed.group("name").strip();
			bracketKnown = directory.find(bracketed.group("acronym")).orElse(null);
		}
		Organisation organisation = directory.findIn(name, countryCode).orElse(null);
		if (organisation != null) {
			tally.unchanged("organisations");
		}
		else {
			Country country = country(countryCode);
			String acronym = description == null ? null : description.acronym();
			organisation = organisations
				.save(new Organisation(name, acronym, kind(name, description, bracketKnown), country, Set.of()));
			directory.add(organisation);
			tally.created("organisations");
		}
		organisationsByKey.put(key, organisation);
		return organisation;
	}

	/**
	 * The kind of a new organisation: what its name's words say, else what the network in
	 * its brackets is, else the parser's guess.
	 */
	private static OrganisationKind kind(String name, ParsedOrganisation description, Organisation bracketKnown) {
		Optional<OrganisationKind> hinted = OrganisationKindHints.of(name);
		if (hinted.isPresent()) {
			return hinted.get();
		}
		if (bracketKnown != null) {
			return bracketKnown.getKind();
		}
		return description != null && description.kind() != null ? description.kind() : OrganisationKind.OTHER;
	}

}
