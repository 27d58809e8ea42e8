package eu.lac.alliance.domain.actionitem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.lac.alliance.domain.policyarea.PolicyArea;

/**
 * The fields of an action item that a person may correct, as they were at one moment: as
 * text for the audit trail's before/after and for comparing with what a document says,
 * and as values to put back when an import must not overwrite a hand correction. The
 * field names are the ones hand corrections and import conflicts are recorded under.
 */
public final class ItemSnapshot {

	public static final String CODE = "code";

	public static final String TITLE = "title";

	public static final String DESCRIPTION = "description";

	public static final String PARENT = "parent";

	public static final String CATEGORY = "category";

	public static final String POLICY_AREA = "policyArea";

	public static final String DEADLINE = "deadline";

	public static final String PARTICIPANTS = "participants";

	/** Every correctable field, in the order forms and reports list them. */
	public static final List<String> FIELDS = List.of(CODE, TITLE, DESCRIPTION, PARENT, CATEGORY, POLICY_AREA, DEADLINE,
			PARTICIPANTS);

	private final String code;

	private final String title;

	private final String description;

	private final ActionItem parent;

	private final ActionItemCategory category;

	private final PolicyArea policyArea;

	private final Deadline deadline;

	private final List<Participation> participations;

	private final Map<String, String> text;

	private ItemSnapshot(ActionItem item) {
		this.code = item.getCode();
		this.title = item.getTitle();
		this.description = item.getDescription();
		this.parent = item.getParent();
		this.category = item.getCategory();
		this.policyArea = item.getPolicyArea();
		this.deadline = item.getDeadline();
		this.participations = item.getParticipations().stream().map(Participation::copy).toList();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(CODE, code);
		fields.put(TITLE, title);
		fields.put(DESCRIPTION, Objects.requireNonNullElse(description, ""));
		fields.put(PARENT, parent == null ? "" : parent.getCode());
		fields.put(CATEGORY, category.name());
		fields.put(POLICY_AREA, policyArea.getName());
		fields.put(DEADLINE, deadlineText(deadline));
		fields.put(PARTICIPANTS, participantsText(item.getParticipations()));
		this.text = Map.copyOf(fields);
	}

	public static ItemSnapshot of(ActionItem item) {
		return new ItemSnapshot(item);
	}

	/** The field's value as text ("" for none); the same text for the same value. */
	public String text(String field) {
		String value = text.get(field);
		if (value == null) {
			throw new IllegalArgumentException("expected one of " + FIELDS + " but found " + field);
		}
		return value;
	}

	/** The fields whose text differs in {@code later}, in {@link #FIELDS} order. */
	public List<String> changedIn(ItemSnapshot later) {
		return FIELDS.stream().filter(field -> !text(field).equals(later.text(field))).toList();
	}

	/**
	 * The text of {@code fields}, in that order, for an audit event's before or after.
	 */
	public Map<String, String> textOf(List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach(field -> values.put(field, text(field)));
		return values;
	}

	/**
	 * Puts this snapshot's value of {@code field} back on {@code item}, through the
	 * item's own guarded methods.
	 */
	public void restore(String field, ActionItem item, List<ActionItem> dialogueItems) {
		switch (field) {
			case CODE -> item.recode(code, dialogueItems);
			case TITLE -> item.retitle(title);
			case DESCRIPTION -> item.redescribe(description);
			case PARENT -> item.placeUnder(parent);
			case CATEGORY -> item.recategorise(category);
			case POLICY_AREA -> item.moveTo(policyArea);
			case DEADLINE -> item.dueBy(deadline);
			case PARTICIPANTS -> item.correctParticipations(participations.stream().map(Participation::copy).toList());
			default -> throw new IllegalArgumentException("expected one of " + FIELDS + " but found " + field);
		}
	}

	private static String deadlineText(Deadline deadline) {
		if (deadline == null) {
			return "";
		}
		String date = deadline.dueOn() == null ? "" : deadline.dueOn().toString();
		String wording = deadline.wording() == null ? "" : deadline.wording();
		return date.isEmpty() || wording.isEmpty() ? date + wording : date + " (" + wording + ")";
	}

	private static String participantsText(List<Participation> participations) {
		return participations.stream().map(ItemSnapshot::participantText).collect(Collectors.joining("; "));
	}

	private static String participantText(Participation participation) {
		String party = participation.getCountry() != null ? participation.getCountry().getName()
				: participation.getOrganisation() != null ? participation.getOrganisation().getName()
						: participation.getGroup().getName();
		String agencies = participation.getAgencies()
			.stream()
			.map(a -> a.getAcronym() != null ? a.getAcronym() : a.getName())
			.collect(Collectors.joining(", "));
		return party + " (" + participation.getRole().name().toLowerCase(java.util.Locale.ROOT)
				+ (agencies.isEmpty() ? "" : ": " + agencies) + ")";
	}

}
