package eu.lac.alliance.domain.actionitem;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.OrderColumn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import eu.lac.alliance.domain.country.AllianceMembership;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.policyarea.Objective;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.source.Provenance;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One trackable commitment of a dialogue: a numbered action, a sub-item, an activity, a
 * cooperation opportunity, a next step or a commitment with a deadline. Progress is
 * logged against it per country.
 */
@Entity
@Table(name = "action_item")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ActionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dialogue_id")
	private Dialogue dialogue;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "policy_area_id")
	private PolicyArea policyArea;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "objective_id")
	private Objective objective;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private ActionItem parent;

	@Column(name = "code", nullable = false)
	private String code;

	@Column(name = "title", nullable = false)
	private String title;

	@Column(name = "description")
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false)
	private ActionItemCategory category;

	@Embedded
	private Deadline deadline;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false)
	private ItemState state = ItemState.ACTIVE;

	@Embedded
	private Provenance provenance;

	@OneToMany(mappedBy = "actionItem", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Participation> participations = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "openness", nullable = false)
	private Openness openness = Openness.NAMED;

	/** Recorded acts, never removed: no orphan removal. */
	@OneToMany(mappedBy = "actionItem", cascade = CascadeType.PERSIST)
	@OrderBy("id")
	private List<ItemJoining> joinings = new ArrayList<>();

	/**
	 * Deadlines the document states beyond {@link #deadline}, which is the earliest and
	 * the one overdue is measured against.
	 */
	@ElementCollection
	@CollectionTable(name = "action_item_deadline", joinColumns = @JoinColumn(name = "action_item_id"))
	@OrderColumn(name = "position")
	private List<Deadline> furtherDeadlines = new ArrayList<>();

	@Version
	private long version;

	public ActionItem(Dialogue dialogue, PolicyArea policyArea, String code, String title, String description,
			ActionItemCategory category, Provenance provenance) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("an action item needs a code");
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("action item " + code + " needs a title");
		}
		this.dialogue = Objects.requireNonNull(dialogue, "dialogue");
		this.policyArea = Objects.requireNonNull(policyArea, "policyArea");
		this.code = code.strip();
		this.title = title.strip();
		this.description = description;
		this.category = Objects.requireNonNull(category, "category");
		this.provenance = provenance;
	}

	/**
	 * Places the item under a parent item of the same dialogue; an item cannot be its own
	 * ancestor.
	 */
	public void placeUnder(ActionItem parent) {
		for (ActionItem ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
			if (ancestor == this || id != null && id.equals(ancestor.getId())) {
				throw new IllegalArgumentException("item " + code + " cannot sit under itself");
			}
		}
		if (parent != null && !dialogue.isSameAs(parent.getDialogue())) {
			throw new IllegalArgumentException("item " + code + " and its parent belong to different dialogues");
		}
		this.parent = parent;
	}

	public void serve(Objective objective) {
		this.objective = objective;
	}

	public void dueBy(Deadline deadline) {
		this.deadline = deadline;
	}

	/**
	 * Records the further deadlines the document states after the measured one; true when
	 * they changed.
	 */
	public boolean alsoDueBy(List<Deadline> further) {
		if (furtherDeadlines.equals(further)) {
			return false;
		}
		furtherDeadlines.clear();
		furtherDeadlines.addAll(further);
		return true;
	}

	public List<Deadline> getFurtherDeadlines() {
		return Collections.unmodifiableList(furtherDeadlines);
	}

	/**
	 * Takes the wording of a revised document, keeping identity (and so all logged
	 * progress). A withdrawn item that a revision names again comes back. Returns true
	 * when anything visible changed.
	 */
	public boolean revise(String title, String description, ActionItemCategory category, Deadline deadline,
			Provenance provenance) {
		boolean changed = !this.title.equals(title.strip()) || !Objects.equals(this.description, description)
				|| this.category != category || !Objects.equals(this.deadline, deadline) || state != ItemState.ACTIVE;
		this.title = title.strip();
		this.description = description;
		this.category = category;
		this.deadline = deadline;
		this.provenance = provenance;
		this.state = ItemState.ACTIVE;
		return changed;
	}

	/**
	 * Gives the item the code a revised document numbers it by; true when the code
	 * changed.
	 */
	public boolean renumber(String newCode) {
		if (newCode == null || newCode.isBlank()) {
			throw new IllegalArgumentException("an action item needs a code");
		}
		boolean changed = !code.equals(newCode.strip());
		code = newCode.strip();
		return changed;
	}

	/** Marks the item as dropped by a revised document; its history stays. */
	public boolean withdraw() {
		boolean changed = state != ItemState.WITHDRAWN;
		state = ItemState.WITHDRAWN;
		return changed;
	}

	/**
	 * Corrects the title by hand, as the secretariat does where a document's wording was
	 * misread.
	 */
	public void retitle(String newTitle) {
		if (newTitle == null || newTitle.isBlank()) {
			throw new IllegalArgumentException("action item " + code + " needs a title");
		}
		this.title = newTitle.strip();
	}

	/** Corrects the description by hand; blank means none. */
	public void redescribe(String newDescription) {
		this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
	}

	/**
	 * Corrects the code by hand; the code is how people cite an item, so it stays unique
	 * within the dialogue: {@code dialogueItems} are the dialogue's items as stored.
	 */
	public void recode(String newCode, List<ActionItem> dialogueItems) {
		if (newCode == null || newCode.isBlank()) {
			throw new IllegalArgumentException("an action item needs a code");
		}
		String stripped = newCode.strip();
		for (ActionItem other : dialogueItems) {
			if (other != this && !(id != null && id.equals(other.getId())) && other.getCode().equals(stripped)) {
				throw new IllegalArgumentException("item " + other.getId() + " of the dialogue already has code "
						+ stripped + "; expected a code no other item of the dialogue has");
			}
		}
		this.code = stripped;
	}

	/** Corrects the category by hand. */
	public void recategorise(ActionItemCategory newCategory) {
		this.category = Objects.requireNonNull(newCategory, "category");
	}

	/** Files the item under another policy area of the Alliance. */
	public void moveTo(PolicyArea area) {
		this.policyArea = Objects.requireNonNull(area, "policyArea");
	}

	/**
	 * Replaces the participants with the list a person corrected, whatever changed (roles
	 * and agencies included, which {@link #replaceParticipations} leaves alone).
	 */
	public void correctParticipations(List<Participation> corrected) {
		for (int i = 0; i < corrected.size(); i++) {
			for (int j = 0; j < i; j++) {
				if (corrected.get(i).getParty().sameAs(corrected.get(j).getParty())) {
					throw new IllegalArgumentException(
							corrected.get(i).getParty() + " is named twice; expected each party once on item " + code);
				}
			}
		}
		participations.clear();
		corrected.forEach(this::addParticipation);
	}

	public boolean isActive() {
		return state == ItemState.ACTIVE;
	}

	/**
	 * Replaces the participants with those of a (re-)import; true when the set changed.
	 */
	public boolean replaceParticipations(List<Participation> incoming) {
		boolean same = incoming.size() == participations.size();
		for (int i = 0; same && i < incoming.size(); i++) {
			same = incoming.get(i).sameParty(participations.get(i));
		}
		if (same) {
			return false;
		}
		participations.clear();
		incoming.forEach(this::addParticipation);
		return true;
	}

	public void addParticipation(Participation participation) {
		participation.attachTo(this);
		participations.add(participation);
	}

	public List<Participation> getParticipations() {
		return Collections.unmodifiableList(participations);
	}

	/**
	 * Opens the item to every member of the Alliance, as a document does that makes
	 * membership the only prerequisite; true when it was not open before.
	 */
	public boolean openToEveryMember() {
		boolean changed = openness != Openness.OPEN_TO_MEMBERS;
		openness = Openness.OPEN_TO_MEMBERS;
		return changed;
	}

	/**
	 * Limits the item to the parties named, as a revision that no longer opens it does;
	 * countries that joined it while it was open stay recorded but no longer take part
	 * through it. True when it was open before.
	 */
	public boolean limitToNamedParties() {
		boolean changed = openness != Openness.NAMED;
		openness = Openness.NAMED;
		return changed;
	}

	/** Whether this item itself is open to every member. */
	public boolean isOpenToMembers() {
		return openness == Openness.OPEN_TO_MEMBERS;
	}

	/**
	 * Whether a member may join this item: it, or an item above it, is open to every
	 * member.
	 */
	public boolean isOpenToMembersHereOrAbove() {
		for (ActionItem level = this; level != null; level = level.getParent()) {
			if (level.isOpenToMembers()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Records that the country of {@code membership} joins this item, on behalf of
	 * {@code joinedBy} (an account name). Only an active item open to members (itself or
	 * an item above it) can be joined, only by a country with an Alliance membership, and
	 * only once per country (also where it joined an item above).
	 * @throws JoiningRefused when one of these does not hold
	 */
	public ItemJoining join(AllianceMembership membership, String joinedBy) {
		if (membership == null) {
			throw new JoiningRefused("item " + code + " is open to members of the Alliance only; expected a "
					+ "country with an Alliance membership but found none");
		}
		Country country = membership.getCountry();
		if (!isActive()) {
			throw new JoiningRefused(
					"item " + code + " is withdrawn; expected an active item for " + country.getName() + " to join");
		}
		if (!isOpenToMembersHereOrAbove()) {
			throw new JoiningRefused("item " + code + " is limited to the parties its document names; "
					+ country.getName() + " cannot join it");
		}
		for (ActionItem level = this; level != null; level = level.getParent()) {
			if (level.hasBeenJoinedBy(country)) {
				throw new JoiningRefused(country.getName() + " has already joined item " + level.getCode()
						+ (level == this ? "" : ", above item " + code));
			}
		}
		ItemJoining joining = new ItemJoining(this, country, joinedBy);
		joinings.add(joining);
		return joining;
	}

	/** Whether {@code country} joined this very item. */
	public boolean hasBeenJoinedBy(Country country) {
		return joinings.stream().anyMatch(joining -> joining.isBy(country));
	}

	public List<ItemJoining> getJoinings() {
		return Collections.unmodifiableList(joinings);
	}

	/**
	 * Overdue: the item has a dated deadline that {@code day} is past, it is still
	 * active, and its rolled-up status is neither complete nor withdrawn.
	 */
	public boolean isOverdueOn(LocalDate day, CompletionStatus rolledUpStatus) {
		return isActive() && deadline != null && deadline.hasPassed(day) && !rolledUpStatus.isSettled();
	}

}
