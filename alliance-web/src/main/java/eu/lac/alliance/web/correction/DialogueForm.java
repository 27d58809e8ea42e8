package eu.lac.alliance.web.correction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

import eu.lac.alliance.domain.correction.CorrectionReadModel.DialogueValues;
import eu.lac.alliance.domain.correction.DialogueChanges;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.web.forms.DialogueFieldChecks;

/**
 * What the dialogue form posts (correcting one, or creating one by hand): dates as
 * precise as known, written {@code 2024-02-14}, {@code 2024-02} or {@code 2024}. Never an
 * entity.
 */
public class DialogueForm {

	private String title = "";

	private String kind = DialogueKind.POLICY_DIALOGUE.name();

	private String start = "";

	private String end = "";

	private String city = "";

	private String country = "";

	private List<CoChairLine> coChairs = new ArrayList<>();

	/** Empty co-chair lines offered beyond the current ones. */
	static final int NEW_LINES = 2;

	static DialogueForm of(DialogueValues dialogue) {
		DialogueForm form = new DialogueForm();
		form.title = dialogue.title();
		form.kind = dialogue.kind();
		form.start = text(dialogue.startDate(), dialogue.startPrecision());
		form.end = text(dialogue.endDate(), dialogue.endPrecision());
		form.city = dialogue.city() == null ? "" : dialogue.city();
		form.country = dialogue.countryCode() == null ? "" : dialogue.countryCode();
		dialogue.coChairs().forEach(c -> form.coChairs.add(CoChairLine.of(c)));
		return form.withRoomToAdd();
	}

	/** The form with {@link #NEW_LINES} empty co-chair lines at the end. */
	DialogueForm withRoomToAdd() {
		coChairs.removeIf(CoChairLine::isBlank);
		for (int i = 0; i < NEW_LINES; i++) {
			coChairs.add(new CoChairLine());
		}
		return this;
	}

	void check(Errors errors) {
		if (blank(title) || !DialogueFieldChecks.titleFits(title)) {
			errors.rejectValue("title", "corrections.error.title");
		}
		if (kindValue() == null) {
			errors.rejectValue("kind", "corrections.error.kind");
		}
		if (!blank(start) && date(start) == null) {
			errors.rejectValue("start", "corrections.error.start");
		}
		if (!blank(end) && date(end) == null) {
			errors.rejectValue("end", "corrections.error.end");
		}
		if (!DialogueFieldChecks.cityFits(city)) {
			errors.rejectValue("city", "corrections.error.city");
		}
		if (!DialogueFieldChecks.countryShaped(country)) {
			errors.rejectValue("country", "corrections.error.country");
		}
		for (int i = 0; i < coChairs.size(); i++) {
			CoChairLine line = coChairs.get(i);
			if (!line.isBlank() && !line.wellFormed()) {
				errors.rejectValue("coChairs[" + i + "].party", "corrections.error.coChairs.party");
			}
			if (line.getPerson() != null && line.getPerson().length() > 300) {
				errors.rejectValue("coChairs[" + i + "].person", "corrections.error.coChairs.person");
			}
		}
	}

	/** The form field of a field the domain names, counting only lines with a party. */
	String domainField(String field) {
		if (!field.startsWith("coChairs[")) {
			return field;
		}
		int close = field.indexOf(']');
		int index = Integer.parseInt(field.substring("coChairs[".length(), close));
		int seen = -1;
		for (int i = 0; i < coChairs.size(); i++) {
			if (!coChairs.get(i).isBlank() && ++seen == index) {
				return "coChairs[" + i + "]" + field.substring(close + 1);
			}
		}
		return "coChairs";
	}

	DialogueChanges toChanges() {
		return new DialogueChanges(title.strip(), date(start), date(end), blank(city) ? null : city.strip(),
				blank(country) ? null : country.strip(),
				coChairs.stream().filter(line -> !line.isBlank()).map(CoChairLine::toChoice).toList());
	}

	DialogueKind kindValue() {
		try {
			return DialogueKind.valueOf(kind == null ? "" : kind.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String text(LocalDate date, String precision) {
		if (date == null) {
			return "";
		}
		return switch (precision) {
			case "YEAR" -> String.valueOf(date.getYear());
			case "MONTH" -> date.toString().substring(0, 7);
			default -> date.toString();
		};
	}

	/** A date as precise as written; null when it is none of the three forms. */
	static PartialDate date(String text) {
		return DialogueFieldChecks.date(text);
	}

	private static boolean blank(String text) {
		return DialogueFieldChecks.blank(text);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getStart() {
		return start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public String getEnd() {
		return end;
	}

	public void setEnd(String end) {
		this.end = end;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public List<CoChairLine> getCoChairs() {
		return coChairs;
	}

	public void setCoChairs(List<CoChairLine> coChairs) {
		this.coChairs = coChairs;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

}
