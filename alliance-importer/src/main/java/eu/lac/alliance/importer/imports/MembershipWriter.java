package eu.lac.alliance.importer.imports;

import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.country.AllianceMembership;
import eu.lac.alliance.domain.country.AllianceMembershipRepository;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.importer.result.ParsedMembership;

/**
 * Records the Alliance memberships a document states; an earlier record's year wins over
 * a contradicting document, with a warning.
 */
@Component
class MembershipWriter {

	private final AllianceMembershipRepository memberships;

	MembershipWriter(AllianceMembershipRepository memberships) {
		this.memberships = memberships;
	}

	void write(ImportRun run) {
		for (ParsedMembership parsed : run.parsed.members()) {
			Country country = run.references.country(parsed.countryCode());
			if (country == null) {
				run.warnings.add("membership of unknown country " + parsed.countryCode());
				continue;
			}
			Optional<AllianceMembership> existing = memberships.findByCountryCode(country.getCode());
			if (existing.isEmpty()) {
				memberships.save(
						new AllianceMembership(country, parsed.year(), parsed.date(), run.provenance(parsed.lines())));
				run.tally.created("memberships");
			}
			else {
				AllianceMembership membership = existing.get();
				if (membership.getJoinedYear() != parsed.year()) {
					run.warnings.add(run.parsed.fileName() + ", " + parsed.lines() + ": says " + country.getName()
							+ " joined in " + parsed.year() + ", but the portal already records "
							+ membership.getJoinedYear() + "; kept " + membership.getJoinedYear());
				}
				run.tally.changedOrNot("memberships", membership.refine(parsed.year(), parsed.date()));
			}
		}
	}

}
