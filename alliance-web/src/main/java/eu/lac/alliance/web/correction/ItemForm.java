package eu.lac.alliance.web.correction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.correction.CorrectionReadModel.ItemValues;
import eu.lac.alliance.domain.correction.ItemChanges;
import eu.lac.alliance.domain.correction.ParticipantChoice;

/**
 * What the item form posts (editing an item or adding one by hand): everything arrives as
 * text and is checked here, next to its field; the item's own rules are checked by the
 * domain, whose refusals the controller shows next to the field they name. Never an
 * entity.
 */
public class ItemForm {

	/** Empty participant lines offered beyond the current ones, to add participants. */
	static final int NEW_LINES = 3;

	static final int TEXT_LIMIT = 1000;

	static final int DESCRIPTION_LIMIT = 20000;

	private String code = "";

	private String title = "";

	private String description = "";

	private String parent = "";

	private String category = "";

	private String policyArea = "";

	private String deadlineDate = "";

	private String deadlineWording = "";

	private List<ParticipantLine> participants = new ArrayList<>();

	static ItemForm of(ItemValues item) {
		ItemForm form = new ItemForm();
		form.code = item.code();
		form.title = item.title();
		form.description = item.description() == null ? "" : item.description();
		form.parent = item.parentId() == null ? "" : String.valueOf(item.parentId());
		form.category = item.category();
		form.policyArea = String.valueOf(item.policyAreaId());
		form.deadlineDate = item.deadlineDate() == null ? "" : item.deadlineDate().toString();
		form.deadlineWording = item.deadlineWording() == null ? "" : item.deadlineWording();
		item.participants().forEach(p -> form.participants.add(ParticipantLine.of(p)));
		return form.withRoomToAdd();
	}

	/** The form with {@link #NEW_LINES} empty participant lines at the end. */
	ItemForm withRoomToAdd() {
		participants.removeIf(ParticipantLine::isBlank);
		for (int i = 0; i < NEW_LINES; i++) {
			participants.add(new ParticipantLine());
		}
		return this;
	}

	/** Checks each field, rejecting it with a message key next to it. */
	void check(Errors errors) {
		if (blank(code) || code.strip().length() > 60) {
			errors.rejectValue("code", "corrections.error.code");
		}
		if (blank(title) || title.strip().length() > TEXT_LIMIT) {
			errors.rejectValue("title", "corrections.error.title");
		}
		if (description != null && description.length() > DESCRIPTION_LIMIT) {
			errors.rejectValue("description", "corrections.error.description");
		}
		if (!blank(parent) && id(parent) == null) {
			errors.rejectValue("parent", "corrections.error.parent");
		}
		if (categoryValue() == null) {
			errors.rejectValue("category", "corrections.error.category");
		}
		if (id(policyArea) == null) {
			errors.rejectValue("policyArea", "corrections.error.policyArea");
		}
		if (!blank(deadlineDate) && date(deadlineDate) == null) {
			errors.rejectValue("deadlineDate", "corrections.error.deadlineDate");
		}
		if (deadlineWording != null && deadlineWording.strip().length() > 300) {
			errors.rejectValue("deadlineWording", "corrections.error.deadlineWording");
		}
		for (int i = 0; i < participants.size(); i++) {
			ParticipantLine line = participants.get(i);
			if (line.isBlank()) {
				continue;
			}
			if (!line.partyWellFormed()) {
				errors.rejectValue("participants[" + i + "].party", "corrections.error.participants.party");
			}
			if (role(line.getRole()) == null) {
				errors.rejectValue("participants[" + i + "].role", "corrections.error.participants.role");
			}
			if (line.getAgencies() != null && line.getAgencies().length() > TEXT_LIMIT) {
				errors.rejectValue("participants[" + i + "].agencies", "corrections.error.participants.agencies");
			}
		}
	}

	/**
	 * The changes to send, with participant lines numbered as the domain reports them:
	 * blank lines are left out, so {@link #domainField} maps a domain index back.
	 */
	ItemChanges toChanges() {
		List<ParticipantChoice> choices = new ArrayList<>();
		for (ParticipantLine line : participants) {
			if (!line.isBlank()) {
				choices.add(new ParticipantChoice(line.countryCode(), line.organisationId(), line.groupId(),
						role(line.getRole()), line.agencyNames()));
			}
		}
		return new ItemChanges(code.strip(), title.strip(), blank(description) ? null : description.strip(),
				blank(parent) ? null : id(parent), categoryValue(), id(policyArea), date(deadlineDate),
				blank(deadlineWording) ? null : deadlineWording.strip(), choices);
	}

	/**
	 * The form field of a field the domain names: {@code participants[i]} counts only the
	 * lines that name a party.
	 */
	String domainField(String field) {
		if (!field.startsWith("participants[")) {
			return field;
		}
		int close = field.indexOf(']');
		int index = Integer.parseInt(field.substring("participants[".length(), close));
		int seen = -1;
		for (int i = 0; i < participants.size(); i++) {
			if (!participants.get(i).isBlank() && ++seen == index) {
				return "participants[" + i + "]" + field.substring(close + 1);
			}
		}
		return "participants";
	}

	private ActionItemCategory categoryValue() {
		try {
			return ActionItemCategory.valueOf(category == null ? "" : category.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static ParticipantRole role(String text) {
		try {
			return ParticipantRole.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long id(String text) {
		return text != null && text.strip().matches("[0-9]{1,18}") ? Long.parseLong(text.strip()) : null;
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getParent() {
		return parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getPolicyArea() {
		return policyArea;
	}

	public void setPolicyArea(String policyArea) {
		this.policyArea = policyArea;
	}

	public String getDeadlineDate() {
		return deadlineDate;
	}

	public void setDeadlineDate(String deadlineDate) {
		this.deadlineDate = deadlineDate;
	}

	public String getDeadlineWording() {
		return deadlineWording;
	}

	public void setDeadlineWording(String deadlineWording) {
		this.deadlineWording = deadlineWording;
	}

	public List<ParticipantLine> getParticipants() {
		return participants;
	}

	public void setParticipants(List<ParticipantLine> participants) {
		this.participants = participants;
	}

}
