package eu.lac.alliance.importer.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.Participation;
import eu.lac.alliance.domain.country.AllianceMembership;
import eu.lac.alliance.domain.country.AllianceMembershipRepository;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.dialogue.CoChair;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.DialogueRepository;
import eu.lac.alliance.domain.organisation.GroupMember;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.organisation.OrganisationGroup;
import eu.lac.alliance.domain.organisation.OrganisationGroupRepository;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.organisation.OrganisationRepository;
import eu.lac.alliance.domain.policyarea.Challenge;
import eu.lac.alliance.domain.policyarea.ChallengeRepository;
import eu.lac.alliance.domain.policyarea.CoLead;
import eu.lac.alliance.domain.policyarea.CoLeadRepository;
import eu.lac.alliance.domain.policyarea.Objective;
import eu.lac.alliance.domain.policyarea.ObjectiveRepository;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.domain.source.Provenance;
import eu.lac.alliance.domain.source.SourceDocument;
import eu.lac.alliance.domain.source.SourceDocumentRepository;
import eu.lac.alliance.importer.document.PolicyAreaNames;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedGroup;
import eu.lac.alliance.importer.result.ParsedMembership;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.result.ParsedText;

/**
 * Writes one parse result through the domain's ports, inside the caller's transaction. A
 * document revises what an earlier version of itself (same dialogue, same layout) wrote:
 * items are matched by code, then by wording; matched items keep their identity and so
 * their progress; items the revision no longer names are withdrawn, never deleted.
 */
@Component
class ParsedDocumentWriter {

	/** Below this share of shared words, a reworded item is a different item. */
	private static final double SAME_ITEM = 0.6;

	/**
	 * Below this share of shared words, an item under the same code is a different item
	 * (the document was renumbered), not a rewording of the old one.
	 */
	private static final double SAME_CODE = 0.2;

	private final SourceDocumentRepository documents;

	private final DialogueRepository dialogues;

	private final CountryRepository countries;

	private final OrganisationRepository organisations;

	private final OrganisationGroupRepository groups;

	private final PolicyAreaRepository policyAreas;

	private final ObjectiveRepository objectives;

	private final ChallengeRepository challenges;

	private final CoLeadRepository coLeads;

	private final ActionItemRepository actionItems;

	private final AllianceMembershipRepository memberships;

	private final Clock clock;

	ParsedDocumentWriter(SourceDocumentRepository documents, DialogueRepository dialogues, CountryRepository countries,
			OrganisationRepository organisations, OrganisationGroupRepository groups, PolicyAreaRepository policyAreas,
			ObjectiveRepository objectives, ChallengeRepository challenges, CoLeadRepository coLeads,
			ActionItemRepository actionItems, AllianceMembershipRepository memberships, Optional<Clock> clock) {
		this.documents = documents;
		this.dialogues = dialogues;
		this.countries = countries;
		this.organisations = organisations;
		this.groups = groups;
		this.policyAreas = policyAreas;
		this.objectives = objectives;
		this.challenges = challenges;
		this.coLeads = coLeads;
		this.actionItems = actionItems;
		this.memberships = memberships;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	ImportReport write(ParsedDocument parsed, SourceText text, byte[] bytes, String importedBy) {
		Run run = new Run(parsed);
		SourceDocument document = documents.save(new SourceDocument(parsed.fileName(), parsed.contentHash(),
				parsed.layout().format(), text.encoding(), bytes, text.text(), Instant.now(clock), importedBy));
		run.document = document;
		run.tally.created("documents");
		boolean matched = writeDialogue(run);
		writeOrganisations(run);
		writeGroups(run);
		writeObjectives(run);
		writeChallengesAndCoLeads(run);
		writeActionItems(run);
		writeMemberships(run);
		List<String> warnings = new ArrayList<>(parsed.warningTexts());
		warnings.addAll(run.warnings);
		return new ImportReport(parsed.fileName(), parsed.layout().format(), ImportReport.Outcome.IMPORTED,
				run.dialogue.getTitle(), run.dialogue.getId(), matched, run.tally.toChanges(), warnings, parsed);
	}

	private boolean writeDialogue(Run run) {
		ParsedDialogue parsed = run.parsed.dialogue();
		Optional<Dialogue> existing = DialogueMatcher.match(parsed,
				parsed == null || parsed.start() == null ? dialogues.findAll() : dialogues.findMatchCandidates(
						parsed.start().earliest(), (parsed.end() != null ? parsed.end() : parsed.start()).latest()));
		Country host = parsed == null ? null : country(parsed.countryCode());
		if (existing.isPresent()) {
			Dialogue dialogue = existing.get();
			boolean changed = parsed != null && dialogue.enrichWith(parsed.start(), parsed.end(), parsed.city(), host,
					parsed.participantCount(), parsed.participantCountQualifier());
			if (parsed != null && dialogue.getCoChairs().isEmpty() && !parsed.coChairs().isEmpty()) {
				addCoChairs(run, dialogue, parsed.coChairs());
				changed = true;
			}
			dialogue.describedBy(run.document);
			run.dialogue = dialogue;
			run.tally.changedOrNot("dialogues", changed);
			return true;
		}
		String title = parsed != null && parsed.title() != null && !parsed.title().isBlank() ? parsed.title()
				: run.parsed.fileName();
		Dialogue dialogue = new Dialogue(title,
				parsed != null && parsed.kind() != null ? parsed.kind() : DialogueKind.OTHER);
		if (parsed != null) {
			dialogue.scheduleAt(parsed.start(), parsed.end());
			dialogue.holdIn(parsed.city(), host);
			dialogue.recordParticipantCount(parsed.participantCount(), parsed.participantCountQualifier());
			addCoChairs(run, dialogue, parsed.coChairs());
		}
		dialogue.describedBy(run.document);
		run.dialogue = dialogues.save(dialogue);
		run.tally.created("dialogues");
		return false;
	}

	private void addCoChairs(Run run, Dialogue dialogue, List<ParsedParty> coChairs) {
		for (ParsedParty party : coChairs) {
			String person = party.agencies().isEmpty() ? null : String.join(", ", party.agencies());
			if (party.isCountry()) {
				Country country = country(party.countryCode());
				if (country != null) {
					dialogue.addCoChair(CoChair.country(country, person));
				}
			}
			else {
				dialogue.addCoChair(CoChair.organisation(run.organisation(party.organisation(), null), person));
			}
		}
	}

	private void writeOrganisations(Run run) {
		for (ParsedOrganisation organisation : run.parsed.organisations()) {
			run.organisation(organisation.name(), organisation);
		}
	}

	private void writeGroups(Run run) {
		for (ParsedGroup parsed : run.parsed.groups()) {
			List<GroupMember> members = new ArrayList<>();
			for (ParsedParty party : parsed.members()) {
				if (party.isCountry()) {
					Country country = country(party.countryCode());
					if (country != null) {
						members.add(new GroupMember(country, null, String.join(", ", party.agencies())));
					}
				}
				else {
					members.add(new GroupMember(null, run.organisation(party.organisation(), null), null));
				}
			}
			Provenance provenance = run.provenance(parsed.lines());
			Optional<OrganisationGroup> existing = groups.findByNameIgnoreCase(parsed.name());
			if (existing.isPresent()) {
				existing.get().redefine(members, provenance);
				run.tally.updated("groups");
			}
			else {
				OrganisationGroup group = new OrganisationGroup(parsed.name(), provenance);
				members.forEach(group::add);
				groups.save(group);
				run.tally.created("groups");
			}
		}
	}

	private void writeObjectives(Run run) {
		Map<String, Objective> previous = new HashMap<>();
		for (Objective objective : objectives.findByDialogueId(run.dialogue.getId())) {
			if (run.fromSameLayout(objective.getProvenance())) {
				previous.put(objectiveKey(objective.getScope(), objective.getCode(),
						objective.getPolicyArea().getName(), objective.getText()), objective);
			}
		}
		List<ParsedObjective> all = new ArrayList<>();
		for (ParsedPolicyArea area : run.parsed.policyAreas()) {
			if (area.objective() != null && !area.objective().isBlank()) {
				all.add(new ParsedObjective(null, null, area.objective(), ObjectiveScope.POLICY_AREA, area.name(), null,
						area.lines()));
			}
		}
		all.addAll(run.parsed.objectives());
		Map<String, ParsedObjective> parsedByCode = new HashMap<>();
		for (ParsedObjective parsed : all) {
			PolicyArea area = run.policyArea(parsed.policyArea());
			String key = objectiveKey(parsed.scope(), parsed.code(), area.getName(), parsed.text());
			Objective objective = previous.remove(key);
			if (objective == null) {
				objective = objectives.save(new Objective(run.dialogue, area, parsed.scope(), parsed.code(),
						parsed.title(), parsed.text(), run.provenance(parsed.lines())));
				run.tally.created("objectives");
			}
			else {
				run.tally.changedOrNot("objectives", objective.revise(parsed.title(), parsed.text(),
						objective.getParent(), run.provenance(parsed.lines())));
			}
			if (parsed.code() != null) {
				run.objectivesByCode.put(parsed.code(), objective);
				parsedByCode.put(parsed.code(), parsed);
			}
		}
		run.objectivesByCode.forEach((code, objective) -> {
			ParsedObjective parsed = parsedByCode.get(code);
			if (parsed.parentCode() != null) {
				objective.placeUnder(run.objectivesByCode.get(parsed.parentCode()));
			}
		});
		for (Objective vanished : previous.values()) {
			objectives.delete(vanished);
			run.tally.withdrawn("objectives");
		}
	}

	private static String objectiveKey(ObjectiveScope scope, String code, String area, String text) {
		return scope + "|" + area + "|" + (code != null ? code : NameKey.of(text));
	}

	private void writeChallengesAndCoLeads(Run run) {
		int oldChallenges = 0;
		for (Challenge challenge : challenges.findByDialogueId(run.dialogue.getId())) {
			if (run.fromSameLayout(challenge.getProvenance())) {
				challenges.delete(challenge);
				oldChallenges++;
			}
		}
		int oldCoLeads = 0;
		for (CoLead coLead : coLeads.findByDialogueId(run.dialogue.getId())) {
			if (run.fromSameLayout(coLead.getProvenance())) {
				coLeads.delete(coLead);
				oldCoLeads++;
			}
		}
		int newChallenges = 0;
		int newCoLeads = 0;
		for (ParsedPolicyArea area : run.parsed.policyAreas()) {
			PolicyArea policyArea = run.policyArea(area.name());
			int position = 0;
			for (ParsedText challenge : area.challenges()) {
				challenges.save(new Challenge(run.dialogue, policyArea, ++position, challenge.text(),
						run.provenance(challenge.lines())));
				newChallenges++;
			}
			for (ParsedParty party : area.coLeads()) {
				Country country = party.isCountry() ? country(party.countryCode()) : null;
				Organisation organisation = party.isCountry() ? null : run.organisation(party.organisation(), null);
				if (country == null && organisation == null) {
					continue;
				}
				String note = party.agencies().isEmpty() ? null : String.join(", ", party.agencies());
				coLeads.save(new CoLead(run.dialogue, policyArea, country, organisation, party.role(), note,
						run.provenance(area.lines())));
				newCoLeads++;
			}
		}
		tallyReplaced(run, "challenges", oldChallenges, newChallenges);
		tallyReplaced(run, "coLeads", oldCoLeads, newCoLeads);
	}

	private static void tallyReplaced(Run run, String kind, int before, int after) {
		for (int i = 0; i < Math.min(before, after); i++) {
			run.tally.unchanged(kind);
		}
		for (int i = before; i < after; i++) {
			run.tally.created(kind);
		}
		for (int i = after; i < before; i++) {
			run.tally.withdrawn(kind);
		}
	}

	private void writeActionItems(Run run) {
		List<ActionItem> previous = new ArrayList<>();
		Set<String> codesOfOtherDocuments = new HashSet<>();
		for (ActionItem item : actionItems.findByDialogueId(run.dialogue.getId())) {
			if (run.fromSameLayout(item.getProvenance())) {
				previous.add(item);
			}
			else {
				codesOfOtherDocuments.add(item.getCode());
			}
		}
		List<ParsedActionItem> incoming = withUniqueCodes(run, codesOfOtherDocuments);
		Map<String, ActionItem> byCode = matchPrevious(incoming, previous);
		Set<ActionItem> matched = new HashSet<>(byCode.values());
		freeCodesForRenumbering(incoming, byCode, previous, matched);
		for (ParsedActionItem parsed : incoming) {
			PolicyArea area = run.policyArea(parsed.policyArea());
			ActionItem item = byCode.get(parsed.code());
			List<Participation> participations = participations(run, parsed.participants());
			if (item == null) {
				item = new ActionItem(run.dialogue, area, parsed.code(), parsed.title(), parsed.description(),
						parsed.category(), run.provenance(parsed.lines()));
				item.dueBy(parsed.deadline());
				participations.forEach(item::addParticipation);
				opennessAsStated(item, parsed);
				item = actionItems.save(item);
				byCode.put(parsed.code(), item);
				run.tally.created("actionItems");
			}
			else {
				boolean changed = item.renumber(parsed.code());
				changed |= item.revise(parsed.title(), parsed.description(), parsed.category(), parsed.deadline(),
						run.provenance(parsed.lines()));
				changed |= item.replaceParticipations(participations);
				changed |= opennessAsStated(item, parsed);
				run.tally.changedOrNot("actionItems", changed);
			}
			item.serve(parsed.objectiveCode() == null ? null : run.objectivesByCode.get(parsed.objectiveCode()));
		}
		for (ParsedActionItem parsed : incoming) {
			ActionItem parent = parsed.parentCode() == null ? null : byCode.get(parsed.parentCode());
			if (parsed.parentCode() != null && parent == null) {
				run.warnings.add(run.parsed.fileName() + ", " + parsed.lines() + ": item " + parsed.code()
						+ " names parent " + parsed.parentCode() + ", which the document does not contain");
			}
			byCode.get(parsed.code()).placeUnder(parent);
		}
		for (ActionItem item : previous) {
			if (!matched.contains(item) && item.withdraw()) {
				run.tally.withdrawn("actionItems");
			}
		}
	}

	/**
	 * Opens the item to every member, or limits it to its named parties, as the document
	 * now says; true when that changed.
	 */
	private static boolean opennessAsStated(ActionItem item, ParsedActionItem parsed) {
		return parsed.openToMembers() ? item.openToEveryMember() : item.limitToNamedParties();
	}

	/**
	 * The document's items with codes that are unique in the dialogue: a code repeated in
	 * the document, or used by another document of the dialogue, gets a suffix (and a
	 * warning) rather than failing the import.
	 */
	private static List<ParsedActionItem> withUniqueCodes(Run run, Set<String> codesOfOtherDocuments) {
		Set<String> seen = new HashSet<>();
		List<ParsedActionItem> items = new ArrayList<>();
		for (ParsedActionItem parsed : run.parsed.actionItems()) {
			String code = codesOfOtherDocuments.contains(parsed.code())
					? parsed.code() + "/" + run.parsed.layout().format() : parsed.code();
			String unique = code;
			for (int n = 2; !seen.add(unique); n++) {
				unique = code + "#" + n;
			}
			if (!unique.equals(parsed.code())) {
				run.warnings.add(run.parsed.fileName() + ", " + parsed.lines() + ": item code " + parsed.code()
						+ " is taken; recorded as " + unique);
				parsed = parsed.recoded(unique);
			}
			items.add(parsed);
		}
		return items;
	}

	/**
	 * Which earlier item each incoming item revises: the item with the same code, unless
	 * its wording has nothing in common any more (a renumbered document); then the most
	 * similar unmatched item.
	 */
	private static Map<String, ActionItem> matchPrevious(List<ParsedActionItem> incoming, List<ActionItem> previous) {
		Map<String, ActionItem> previousByCode = new HashMap<>();
		previous.forEach(item -> previousByCode.put(item.getCode(), item));
		Map<String, ActionItem> byCode = new LinkedHashMap<>();
		Set<ActionItem> taken = new HashSet<>();
		List<ParsedActionItem> unmatched = new ArrayList<>();
		for (ParsedActionItem parsed : incoming) {
			ActionItem item = previousByCode.get(parsed.code());
			if (item != null && similarity(parsed, item) >= SAME_CODE && taken.add(item)) {
				byCode.put(parsed.code(), item);
			}
			else {
				unmatched.add(parsed);
			}
		}
		for (ParsedActionItem parsed : unmatched) {
			ActionItem similar = mostSimilar(parsed, previous, taken);
			if (similar != null) {
				taken.add(similar);
				byCode.put(parsed.code(), similar);
			}
		}
		return byCode;
	}

	/**
	 * Moves codes out of the way before items take their new ones, so that renumbering (2
	 * becomes 3, 3 becomes 4) never trips the one-code-per-dialogue rule: renumbered
	 * items and withdrawn items whose code a new item needs get a temporary code,
	 * flushed, before the final codes are set.
	 */
	private void freeCodesForRenumbering(List<ParsedActionItem> incoming, Map<String, ActionItem> byCode,
			List<ActionItem> previous, Set<ActionItem> matched) {
		Set<String> wanted = new HashSet<>();
		incoming.forEach(parsed -> wanted.add(parsed.code()));
		Map<ActionItem, String> newCodes = new java.util.IdentityHashMap<>();
		byCode.forEach((code, item) -> newCodes.put(item, code));
		boolean moved = false;
		for (ActionItem item : previous) {
			boolean renumbered = matched.contains(item) && !item.getCode().equals(newCodes.get(item));
			boolean inTheWay = !matched.contains(item) && wanted.contains(item.getCode());
			if (renumbered || inTheWay) {
				item.renumber(item.getCode() + "~" + item.getId());
				moved = true;
			}
		}
		if (moved) {
			actionItems.flush();
		}
	}

	private static double similarity(ParsedActionItem parsed, ActionItem item) {
		return TextSimilarity.of(parsed.title() + " " + Objects.requireNonNullElse(parsed.description(), ""),
				item.getTitle() + " " + Objects.requireNonNullElse(item.getDescription(), ""));
	}

	private static ActionItem mostSimilar(ParsedActionItem parsed, List<ActionItem> candidates, Set<ActionItem> taken) {
		ActionItem best = null;
		double bestScore = SAME_ITEM;
		for (ActionItem candidate : candidates) {
			if (taken.contains(candidate)) {
				continue;
			}
			double score = similarity(parsed, candidate);
			if (score >= bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private List<Participation> participations(Run run, List<ParsedParty> parties) {
		List<Participation> result = new ArrayList<>();
		for (ParsedParty party : parties) {
			if (party.isCountry()) {
				Country country = country(party.countryCode());
				if (country == null) {
					run.warnings.add("unknown country code " + party.countryCode() + " (" + party.wording() + ")");
					continue;
				}
				List<Organisation> agencies = new ArrayList<>();
				for (String agency : party.agencies()) {
					agencies.add(run.organisation(agency, new ParsedOrganisation(agency, null,
							OrganisationKind.NATIONAL_AGENCY, country.getCode(), false)));
				}
				result.add(Participation.ofCountry(country, party.role(), agencies, party.wording()));
			}
			else {
				result.add(Participation.ofOrganisation(run.organisation(party.organisation(), null), party.role(),
						party.wording()));
			}
		}
		return result;
	}

	private void writeMemberships(Run run) {
		for (ParsedMembership parsed : run.parsed.members()) {
			Country country = country(parsed.countryCode());
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

	private Country country(String code) {
		return code == null ? null : countries.findById(code).orElse(null);
	}

	/** The state of one import as it goes. */
	private final class Run {

		final ParsedDocument parsed;

		final Tally tally = new Tally();

		final List<String> warnings = new ArrayList<>();

		final Map<String, Objective> objectivesByCode = new HashMap<>();

		final Map<String, PolicyArea> areas = new HashMap<>();

		final Map<String, Organisation> organisationsByKey = new HashMap<>();

		OrganisationDirectory directory;

		SourceDocument document;

		Dialogue dialogue;

		Run(ParsedDocument parsed) {
			this.parsed = parsed;
		}

		Provenance provenance(LineSpan lines) {
			return lines == null ? null : new Provenance(document, lines);
		}

		boolean fromSameLayout(Provenance provenance) {
			return provenance != null && provenance.getDocument() != null
					&& provenance.getDocument().getLayout().equals(parsed.layout().format());
		}

		PolicyArea policyArea(String name) {
			String canonical = PolicyAreaNames.canonical(name == null || name.isBlank() ? "Other" : name);
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

		/**
		 * The organisation a name denotes, created when the portal does not know it yet.
		 */
		Organisation organisation(String name, ParsedOrganisation description) {
			if (directory == null) {
				directory = new OrganisationDirectory(organisations.findAllWithAliases());
			}
			String key = NameKey.of(name);
			Organisation cached = organisationsByKey.get(key);
			if (cached != null) {
				return cached;
			}
			Organisation organisation = directory.find(name).orElse(null);
			if (organisation != null) {
				tally.unchanged("organisations");
			}
			else {
				OrganisationKind kind = description != null && description.kind() != null ? description.kind()
						: OrganisationKind.OTHER;
				Country country = description == null ? null : country(description.countryCode());
				String acronym = description == null ? null : description.acronym();
				organisation = organisations.save(new Organisation(name, acronym, kind, country, Set.of()));
				if (acronym != null) {
					// a new organisation has no aliases: its name and acronym are all the
					// cache needs
					organisationsByKey.putIfAbsent(NameKey.of(acronym), organisation);
				}
				tally.created("organisations");
			}
			organisationsByKey.put(key, organisation);
			return organisation;
		}

	}

}
