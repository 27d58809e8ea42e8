package eu.lac.alliance.domain.correction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.Deadline;
import eu.lac.alliance.domain.actionitem.ItemSnapshot;
import eu.lac.alliance.domain.actionitem.Participation;
import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.dialogue.CoChair;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.DialogueRepository;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationGroup;
import eu.lac.alliance.domain.organisation.OrganisationGroupRepository;
import eu.lac.alliance.domain.organisation.OrganisationRepository;
import eu.lac.alliance.domain.organisation.Party;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.domain.progress.CurrentStatusTables;
import eu.lac.alliance.domain.progress.UnknownEntry;

/**
 * Every correction people make to what was imported, and what they add by hand: editing
 * an action item, a dialogue or an organisation, merging two organisations, adding an
 * item or a dialogue. Only admins and the secretariat may (checked here, whatever a page
 * offered); each change goes through the records' own guarded methods, marks the fields
 * it changed as corrected by hand (so imports do not overwrite them silently), is
 * recorded in the audit trail with the fields before and after, and keeps the current
 * status tables right when who takes part changed. Each method is one transaction (the
 * wiring in the persistence module sees to it); a refusal writes nothing.
 */
public class Corrections {

	private final ActionItemRepository items;

	private final DialogueRepository dialogues;

	private final PolicyAreaRepository policyAreas;

	private final CountryRepository countries;

	private final OrganisationRepository organisations;

	private final OrganisationGroupRepository groups;

	private final HandCorrections handCorrections;

	private final OrganisationMerge merge;

	private final AuditTrail audit;

	private final CurrentStatusTables currentStatus;

	public Corrections(ActionItemRepository items, DialogueRepository dialogues, PolicyAreaRepository policyAreas,
			CountryRepository countries, OrganisationRepository organisations, OrganisationGroupRepository groups,
			HandCorrections handCorrections, OrganisationMerge merge, AuditTrail audit,
			CurrentStatusTables currentStatus) {
		this.items = items;
		this.dialogues = dialogues;
		this.policyAreas = policyAreas;
		this.countries = countries;
		this.organisations = organisations;
		this.groups = groups;
		this.handCorrections = handCorrections;
		this.merge = merge;
		this.audit = audit;
		this.currentStatus = currentStatus;
	}

	/**
	 * Checks that {@code actor} may correct records at all, before any form is read.
	 * @throws CorrectionRefused unless admin or secretariat
	 */
	public void checkMayCorrect(Actor actor) {
		if (actor == null || !actor.isSecretariat()) {
			throw new CorrectionRefused((actor == null ? "nobody" : actor.username()) + " may not correct records");
		}
	}

	/**
	 * Applies {@code changes} to item {@code itemId}; its progress history stays as it
	 * is. Returns the fields that changed (none: nothing written).
	 * @throws InvalidCorrection naming the field when a rule of the item refuses it
	 */
	public List<String> editItem(Actor actor, long itemId, ItemChanges changes) {
		checkMayCorrect(actor);
		ActionItem item = items.findById(itemId).orElseThrow(() -> new UnknownEntry("action item " + itemId));
		ItemSnapshot before = ItemSnapshot.of(item);
		ActionItem oldParent = item.getParent();
		apply(item, changes);
		ItemSnapshot after = ItemSnapshot.of(item);
		List<String> changed = before.changedIn(after);
		if (changed.isEmpty()) {
			return changed;
		}
		for (String field : changed) {
			handCorrections.corrected(HandCorrections.ITEM, itemId, field, actor.username(), before.text(field));
		}
		audit.record(
				AuditEvent.edit(actor.username(), AuditKind.ITEM_EDITED, HandCorrections.ITEM, itemId,
						"item " + after.text(ItemSnapshot.CODE) + " of dialogue " + item.getDialogue().getId()
								+ " edited: " + String.join(", ", changed),
						before.textOf(changed), after.textOf(changed)));
		if (changed.contains(ItemSnapshot.PARTICIPANTS) || changed.contains(ItemSnapshot.PARENT)
				|| changed.contains(ItemSnapshot.POLICY_AREA)) {
			currentStatus.participantsChanged(itemId);
			if (changed.contains(ItemSnapshot.PARENT) && oldParent != null) {
				currentStatus.participantsChanged(oldParent.getId());
			}
		}
		return changed;
	}

	/**
	 * Adds an item by hand to dialogue {@code dialogueId}; it has no source lines, and
	 * imports never revise it. Returns its id.
	 */
	public long addItem(Actor actor, long dialogueId, ItemChanges changes) {
		checkMayCorrect(actor);
		Dialogue dialogue = dialogues.findById(dialogueId)
			.orElseThrow(() -> new UnknownEntry("dialogue " + dialogueId));
		if (changes.code() == null || changes.code().isBlank()) {
			throw new InvalidCorrection("code", "an action item needs a code");
		}
		if (changes.title() == null || changes.title().isBlank()) {
			throw new InvalidCorrection("title", "an action item needs a title");
		}
		ActionItem item = new ActionItem(dialogue, policyArea(changes.policyAreaId()), changes.code(), changes.title(),
				changes.description(), Objects.requireNonNull(changes.category(), "category"), null);
		apply(item, changes);
		dialogue.cover(item.getPolicyArea());
		item = items.save(item);
		ItemSnapshot added = ItemSnapshot.of(item);
		audit.record(AuditEvent.edit(actor.username(), AuditKind.ITEM_ADDED, HandCorrections.ITEM, item.getId(),
				"item " + item.getCode() + " added by hand to dialogue " + dialogueId, Map.of(),
				added.textOf(ItemSnapshot.FIELDS)));
		currentStatus.participantsChanged(item.getId());
		return item.getId();
	}

	/**
	 * Creates a dialogue by hand, for conclusions in no layout the importer reads; its
	 * items are added with {@link #addItem}. Returns its id.
	 */
	public long createDialogue(Actor actor, DialogueKind kind, DialogueChanges changes) {
		checkMayCorrect(actor);
		if (changes.title() == null || changes.title().isBlank()) {
			throw new InvalidCorrection("title", "a dialogue needs a title");
		}
		Dialogue dialogue = new Dialogue(changes.title(), Objects.requireNonNull(kind, "kind"));
		applyToDialogue(dialogue, changes);
		dialogue = dialogues.save(dialogue);
		audit.record(
				AuditEvent.edit(actor.username(), AuditKind.DIALOGUE_ADDED, HandCorrections.DIALOGUE, dialogue.getId(),
						"dialogue " + dialogue.getTitle() + " created by hand", Map.of(), dialogueFields(dialogue)));
		return dialogue.getId();
	}

	/** Corrects a dialogue's title, dates and place; returns the fields that changed. */
	public List<String> editDialogue(Actor actor, long dialogueId, DialogueChanges changes) {
		checkMayCorrect(actor);
		Dialogue dialogue = dialogues.findById(dialogueId)
			.orElseThrow(() -> new UnknownEntry("dialogue " + dialogueId));
		Map<String, String> before = dialogueFields(dialogue);
		applyToDialogue(dialogue, changes);
		Map<String, String> after = dialogueFields(dialogue);
		return recordEdit(actor, HandCorrections.DIALOGUE, dialogueId, AuditKind.DIALOGUE_EDITED,
				"dialogue " + dialogue.getTitle(), before, after);
	}

	/**
	 * Corrects an organisation's names, kind and country; a name stays unique within its
	 * country. Returns the fields that changed.
	 */
	public List<String> editOrganisation(Actor actor, long organisationId, OrganisationChanges changes) {
		checkMayCorrect(actor);
		Organisation organisation = organisations.findById(organisationId)
			.orElseThrow(() -> new UnknownEntry("organisation " + organisationId));
		Map<String, String> before = organisationFields(organisation);
		Country country = country(changes.countryCode(), "country");
		String name = changes.name() == null ? "" : changes.name().strip();
		if (name.isEmpty()) {
			throw new InvalidCorrection("name", "an organisation needs a name");
		}
		boolean taken = organisations.findAll()
			.stream()
			.anyMatch(other -> !other.getId().equals(organisationId)
					&& other.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
					&& Objects.equals(code(other.getCountry()), code(country)));
		if (taken) {
			throw new InvalidCorrection("name", "another organisation of the same country is called " + name);
		}
		organisation.correct(name, changes.acronym(), changes.kind(), country, changes.aliases());
		Map<String, String> after = organisationFields(organisation);
		return recordEdit(actor, HandCorrections.ORGANISATION, organisationId, AuditKind.ORGANISATION_EDITED,
				"organisation " + organisation.getName(), before, after);
	}

	/**
	 * Merges organisation {@code duplicateId} into {@code keptId}: every participation,
	 * agency, co-lead line, co-chair and group membership of the duplicate moves to the
	 * kept one, which takes its names as aliases; the duplicate is removed. Returns how
	 * many references moved.
	 */
	public int mergeOrganisations(Actor actor, long keptId, long duplicateId) {
		checkMayCorrect(actor);
		Organisation kept = organisations.findById(keptId)
			.orElseThrow(() -> new UnknownEntry("organisation " + keptId));
		Organisation duplicate = organisations.findById(duplicateId)
			.orElseThrow(() -> new UnknownEntry("organisation " + duplicateId));
		if (keptId == duplicateId) {
			throw new InvalidCorrection("duplicate", "an organisation cannot be merged into itself");
		}
		Map<String, String> before = new LinkedHashMap<>();
		before.put("kept", organisationFields(kept).toString());
		before.put("duplicate", organisationFields(duplicate).toString());
		String keptAliases = String.join("; ", new TreeSet<>(kept.getAliases()));
		kept.absorbNamesOf(duplicate);
		organisations.save(kept);
		items.flush();
		int moved = merge.moveReferencesAndDelete(duplicateId, keptId);
		Map<String, String> after = new LinkedHashMap<>();
		after.put("kept", organisationFields(kept).toString());
		after.put("referencesMoved", String.valueOf(moved));
		handCorrections.corrected(HandCorrections.ORGANISATION, keptId, "aliases", actor.username(), keptAliases);
		audit.record(AuditEvent.edit(actor.username(), AuditKind.ORGANISATIONS_MERGED, HandCorrections.ORGANISATION,
				keptId, "organisation " + duplicate.getName() + " (" + duplicateId + ") merged into " + kept.getName(),
				before, after));
		return moved;
	}

	private List<String> recordEdit(Actor actor, String subjectType, long id, AuditKind kind, String what,
			Map<String, String> before, Map<String, String> after) {
		List<String> changed = before.keySet().stream().filter(f -> !before.get(f).equals(after.get(f))).toList();
		if (changed.isEmpty()) {
			return changed;
		}
		Map<String, String> was = new LinkedHashMap<>();
		Map<String, String> is = new LinkedHashMap<>();
		for (String field : changed) {
			was.put(field, before.get(field));
			is.put(field, after.get(field));
			handCorrections.corrected(subjectType, id, field, actor.username(), before.get(field));
		}
		audit.record(AuditEvent.edit(actor.username(), kind, subjectType, id,
				what + " edited: " + String.join(", ", changed), was, is));
		return changed;
	}

	private void apply(ActionItem item, ItemChanges changes) {
		List<ActionItem> dialogueItems = items.findByDialogueId(item.getDialogue().getId());
		guarded("title", () -> item.retitle(changes.title()));
		guarded("description", () -> item.redescribe(changes.description()));
		guarded("code", () -> item.recode(changes.code(), dialogueItems));
		ActionItem parent = null;
		if (changes.parentId() != null) {
			parent = dialogueItems.stream()
				.filter(other -> other.getId().equals(changes.parentId()))
				.findFirst()
				.orElseThrow(() -> new InvalidCorrection("parent",
						"item " + changes.parentId() + " is no item of this item's dialogue"));
		}
		ActionItem newParent = parent;
		guarded("parent", () -> item.placeUnder(newParent));
		guarded("category", () -> item.recategorise(changes.category()));
		item.moveTo(policyArea(changes.policyAreaId()));
		boolean noDeadline = changes.deadlineDate() == null
				&& (changes.deadlineWording() == null || changes.deadlineWording().isBlank());
		item.dueBy(noDeadline ? null
				: new Deadline(changes.deadlineDate(),
						changes.deadlineWording() == null || changes.deadlineWording().isBlank() ? null
								: changes.deadlineWording().strip()));
		List<Participation> participations = participations(item, changes.participants());
		guarded("participants", () -> item.correctParticipations(participations));
	}

	private List<Participation> participations(ActionItem item, List<ParticipantChoice> choices) {
		List<Participation> result = new ArrayList<>();
		List<Organisation> known = choices.stream().anyMatch(c -> !c.agencies().isEmpty())
				? organisations.findAllWithAliases() : List.of();
		for (int i = 0; i < choices.size(); i++) {
			ParticipantChoice choice = choices.get(i);
			String field = "participants[" + i + "]";
			Party party = party(choice, field + ".party");
			if (choice.role() == null) {
				throw new InvalidCorrection(field + ".role", "a participant needs a role");
			}
			if (!party.isCountry() && !choice.agencies().isEmpty()) {
				throw new InvalidCorrection(field + ".agencies", "agencies are named with a country only");
			}
			List<Organisation> agencies = new ArrayList<>();
			for (String name : choice.agencies()) {
				agencies.add(agency(known, name, party.getCountry(), field + ".agencies"));
			}
			String wording = item.getParticipations()
				.stream()
				.filter(p -> p.getParty().sameAs(party) && p.getRole() == choice.role())
				.map(Participation::getWording)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
			result.add(Participation.of(party, choice.role(), agencies, wording));
		}
		return result;
	}

	private Party party(ParticipantChoice choice, String field) {
		int given = (choice.countryCode() == null ? 0 : 1) + (choice.organisationId() == null ? 0 : 1)
				+ (choice.groupId() == null ? 0 : 1);
		if (given != 1) {
			throw new InvalidCorrection(field, "a participant is one country, organisation or group");
		}
		if (choice.countryCode() != null) {
			return Party.country(country(choice.countryCode(), field));
		}
		if (choice.organisationId() != null) {
			return Party.organisation(organisations.findById(choice.organisationId())
				.orElseThrow(() -> new InvalidCorrection(field, "no organisation " + choice.organisationId())));
		}
		OrganisationGroup group = groups.findById(choice.groupId())
			.orElseThrow(() -> new InvalidCorrection(field, "no group " + choice.groupId()));
		return Party.group(group);
	}

	/** An agency by name or acronym, preferring one of the participant's country. */
	private static Organisation agency(List<Organisation> known, String name, Country country, String field) {
		List<Organisation> named = known.stream().filter(o -> o.isKnownAs(name)).toList();
		return named.stream()
			.filter(o -> o.getCountry() != null && o.getCountry().getCode().equals(country.getCode()))
			.findFirst()
			.or(() -> named.stream().findFirst())
			.orElseThrow(() -> new InvalidCorrection(field, "no organisation is called " + name));
	}

	private PolicyArea policyArea(long id) {
		return policyAreas.findById(id).orElseThrow(() -> new InvalidCorrection("policyArea", "no policy area " + id));
	}

	/** The country of {@code code}, null for a blank code. */
	private Country country(String code, String field) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return countries.findById(code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidCorrection(field, "no country " + code));
	}

	private void applyToDialogue(Dialogue dialogue, DialogueChanges changes) {
		guarded("title", () -> dialogue.retitle(changes.title()));
		guarded("end", () -> dialogue.scheduleAt(changes.start(), changes.end()));
		dialogue.holdIn(changes.city(), country(changes.countryCode(), "country"));
		List<CoChair> coChairs = new ArrayList<>();
		for (int i = 0; i < changes.coChairs().size(); i++) {
			DialogueChanges.CoChairChoice choice = changes.coChairs().get(i);
			String field = "coChairs[" + i + "].party";
			Party party = party(
					new ParticipantChoice(choice.countryCode(), choice.organisationId(), null, null, List.of()), field);
			String person = choice.person() == null || choice.person().isBlank() ? null : choice.person().strip();
			coChairs.add(dialogue.getCoChairs()
				.stream()
				.filter(existing -> existing.isChairedBy(party) && Objects.equals(existing.getPerson(), person))
				.findFirst()
				.orElseGet(() -> CoChair.of(party, person)));
		}
		guarded("coChairs", () -> dialogue.correctCoChairs(coChairs));
	}

	private static Map<String, String> dialogueFields(Dialogue dialogue) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", dialogue.getTitle());
		fields.put("start", text(dialogue.getStart()));
		fields.put("end", text(dialogue.getEnd()));
		fields.put("city", Objects.requireNonNullElse(dialogue.getCity(), ""));
		fields.put("country", Objects.requireNonNullElse(code(dialogue.getHostCountry()), ""));
		fields.put("coChairs",
				dialogue.getCoChairs()
					.stream()
					.map(c -> c.getParty() + (c.getPerson() == null ? "" : " (" + c.getPerson() + ")"))
					.collect(java.util.stream.Collectors.joining("; ")));
		return fields;
	}

	private static Map<String, String> organisationFields(Organisation organisation) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", organisation.getName());
		fields.put("acronym", Objects.requireNonNullElse(organisation.getAcronym(), ""));
		fields.put("kind", organisation.getKind().name());
		fields.put("country", Objects.requireNonNullElse(code(organisation.getCountry()), ""));
		Set<String> aliases = new TreeSet<>(organisation.getAliases());
		fields.put("aliases", String.join("; ", aliases));
		return fields;
	}

	private static String text(PartialDate date) {
		return date == null ? "" : date.toString();
	}

	private static String code(Country country) {
		return country == null ? null : country.getCode();
	}

	/** Runs a change through the record's own rule, naming the field if it refuses. */
	private static void guarded(String field, Runnable change) {
		try {
			change.run();
		}
		catch (IllegalArgumentException | NullPointerException refused) {
			throw new InvalidCorrection(field, refused.getMessage());
		}
	}

}
