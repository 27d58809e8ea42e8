package eu.lac.alliance.web.correction;

import eu.lac.alliance.domain.correction.CorrectionReadModel.CoChairValues;
import eu.lac.alliance.domain.correction.DialogueChanges.CoChairChoice;

/**
 * One co-chair line of the dialogue form: the party as {@code country:CL} or
 * {@code organisation:12} (empty: no co-chair on this line) and who sat in the chair.
 */
public class CoChairLine {

	private String party = "";

	private String person = "";

	static CoChairLine of(CoChairValues values) {
		CoChairLine line = new CoChairLine();
		line.party = values.countryCode() != null ? "country:" + values.countryCode()
				: "organisation:" + values.organisationId();
		line.person = values.person() == null ? "" : values.person();
		return line;
	}

	boolean isBlank() {
		return party == null || party.isBlank();
	}

	boolean wellFormed() {
		return party != null && party.strip().matches("country:[A-Z]{2}|organisation:[0-9]{1,18}");
	}

	CoChairChoice toChoice() {
		String value = party.strip();
		boolean country = value.startsWith("country:");
		String rest = value.substring(value.indexOf(':') + 1);
		return new CoChairChoice(country ? rest : null, country ? null : Long.parseLong(rest),
				person == null || person.isBlank() ? null : person.strip());
	}

	public String getParty() {
		return party;
	}

	public void setParty(String party) {
		this.party = party;
	}

	public String getPerson() {
		return person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

}
