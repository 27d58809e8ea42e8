package eu.lac.alliance.importer.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.organisation.GroupMember;
import eu.lac.alliance.domain.organisation.OrganisationGroup;
import eu.lac.alliance.domain.organisation.OrganisationGroupRepository;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.organisation.Party;
import eu.lac.alliance.domain.source.Provenance;
import eu.lac.alliance.importer.result.ParsedGroup;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;

/**
 * Writes the groups a document defines ("SCALAC members"): each institution a footnote
 * lists under a country is a member in its own right (an organisation of that country),
 * so that the group and its members are one record each.
 */
@Component
class GroupWriter {

	private final OrganisationGroupRepository groups;

	GroupWriter(OrganisationGroupRepository groups) {
		this.groups = groups;
	}

	void write(ImportRun run) {
		for (ParsedGroup parsed : run.parsed.groups()) {
			List<GroupMember> members = new ArrayList<>();
			for (ParsedParty party : parsed.members()) {
				if (party.isCountry()) {
					Country country = run.references.country(party.countryCode());
					if (country == null) {
						continue;
					}
					if (party.agencies().isEmpty()) {
						members.add(new GroupMember(country, null, null));
					}
					for (String institution : party.agencies()) {
						members.add(
								new GroupMember(null,
										run.references.linked(run.references.organisation(institution,
												new ParsedOrganisation(institution, null,
														OrganisationKind.NATIONAL_AGENCY, country.getCode(), false))),
										null));
					}
				}
				else {
					Optional<Party> member = run.references.party(party);
					member.ifPresent(p -> members.add(new GroupMember(p, null)));
				}
			}
			Provenance provenance = run.provenance(parsed.lines());
			Optional<OrganisationGroup> existing = groups.findByNameIgnoreCase(parsed.name());
			OrganisationGroup group;
			if (existing.isPresent()) {
				group = existing.get();
				group.redefine(members, provenance);
				run.tally.updated("groups");
			}
			else {
				group = new OrganisationGroup(parsed.name(), provenance);
				members.forEach(group::add);
				group = groups.save(group);
				run.tally.created("groups");
			}
			run.references.knowGroup(group);
		}
	}

}
