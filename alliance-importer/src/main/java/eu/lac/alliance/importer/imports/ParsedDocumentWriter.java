package eu.lac.alliance.importer.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationGroupRepository;
import eu.lac.alliance.domain.organisation.OrganisationRepository;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.domain.source.SourceDocument;
import eu.lac.alliance.domain.source.SourceDocumentRepository;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedOrganisation;

/**
 * Writes one parse result through the domain's ports, inside the caller's transaction,
 * one part after the other (dialogue, organisations, groups, objectives, co-leads, items,
 * memberships), each by its own writer. A document revises what an earlier version of
 * itself (same dialogue, same layout) wrote: items keep their identity and so their
 * progress; items the revision no longer names are withdrawn, never deleted.
 */
@Component
class ParsedDocumentWriter {

	private final SourceDocumentRepository documents;

	private final CountryRepository countries;

	private final OrganisationRepository organisations;

	private final OrganisationGroupRepository groups;

	private final PolicyAreaRepository policyAreas;

	private final DialogueWriter dialogueWriter;

	private final GroupWriter groupWriter;

	private final ObjectiveWriter objectiveWriter;

	private final CoLeadWriter coLeadWriter;

	private final ActionItemWriter actionItemWriter;

	private final MembershipWriter membershipWriter;

	private final Clock clock;

	ParsedDocumentWriter(SourceDocumentRepository documents, CountryRepository countries,
			OrganisationRepository organisations, OrganisationGroupRepository groups, PolicyAreaRepository policyAreas,
			DialogueWriter dialogueWriter, GroupWriter groupWriter, ObjectiveWriter objectiveWriter,
			CoLeadWriter coLeadWriter, ActionItemWriter actionItemWriter, MembershipWriter membershipWriter,
			Optional<Clock> clock) {
		this.documents = documents;
		this.countries = countries;
		this.organisations = organisations;
		this.groups = groups;
		this.policyAreas = policyAreas;
		this.dialogueWriter = dialogueWriter;
		this.groupWriter = groupWriter;
		this.objectiveWriter = objectiveWriter;
		this.coLeadWriter = coLeadWriter;
		this.actionItemWriter = actionItemWriter;
		this.membershipWriter = membershipWriter;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	ImportReport write(ParsedDocument parsed, SourceText text, byte[] bytes, String importedBy) {
		return write(parsed, text, bytes, importedBy, java.util.Set.of());
	}

	ImportReport write(ParsedDocument parsed, SourceText text, byte[] bytes, String importedBy,
			java.util.Set<ImportReport.FieldChoice> takeFromDocument) {
		Tally tally = new Tally();
		ImportRun run = new ImportRun(parsed, tally,
				new ImportReferences(countries, organisations, groups, policyAreas, tally));
		run.takeFromDocument = takeFromDocument;
		run.document = documents.save(new SourceDocument(parsed.fileName(), parsed.contentHash(),
				parsed.layout().format(), text.encoding(), bytes, text.text(), Instant.now(clock), importedBy));
		run.tally.created("documents");
		boolean matched = dialogueWriter.write(run);
		List<Organisation> named = new ArrayList<>();
		for (ParsedOrganisation organisation : parsed.organisations()) {
			named.add(run.references.organisation(organisation.name(), organisation));
		}
		groupWriter.write(run);
		objectiveWriter.write(run);
		coLeadWriter.write(run);
		actionItemWriter.write(run);
		membershipWriter.write(run);
		warnAboutPassingMentions(run, named);
		List<String> warnings = new ArrayList<>(parsed.warningTexts());
		warnings.addAll(run.warnings);
		return new ImportReport(parsed.fileName(), parsed.layout().format(), ImportReport.Outcome.IMPORTED,
				run.dialogue.getTitle(), run.dialogue.getId(), matched, run.tally.toChanges(), warnings, parsed,
				run.conflicts);
	}

	/**
	 * An organisation the document names without saying what it does (in a list of bodies
	 * to coordinate with, say) is linked to no record: the warning says so, so that
	 * nobody mistakes it for one forgotten.
	 */
	private static void warnAboutPassingMentions(ImportRun run, List<Organisation> named) {
		List<String> passing = named.stream()
			.filter(organisation -> !run.references.isLinked(organisation))
			.filter(organisation -> run.references.group(organisation.getName()).isEmpty())
			.map(Organisation::getName)
			.distinct()
			.toList();
		if (!passing.isEmpty()) {
			run.warnings.add(run.parsed.fileName() + ": named only in passing, so linked to no record: "
					+ String.join("; ", passing));
		}
	}

}
