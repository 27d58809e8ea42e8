package eu.lac.alliance.web.correction;

import java.util.Arrays;
import java.util.List;

import eu.lac.alliance.domain.correction.CorrectionReadModel.ParticipantValues;
import eu.lac.alliance.domain.correction.CorrectionReadModel.PartyOption;

/**
 * One participant line of the item form: the party as {@code country:CL},
 * {@code organisation:12} or {@code group:3} (empty: no participant on this line), its
 * role, and its agencies separated by commas.
 */
public class ParticipantLine {

	private String party = "";

	private String role = "";

	private String agencies = "";

	static ParticipantLine of(ParticipantValues values) {
		ParticipantLine line = new ParticipantLine();
		line.party = key(values.countryCode(), values.organisationId(), values.groupId());
		line.role = values.role();
		line.agencies = String.join(", ", values.agencies());
		return line;
	}

	/** The value a party option has in the form's select. */
	static String key(PartyOption option) {
		return key(option.countryCode(), option.organisationId(), option.groupId());
	}

	private static String key(String countryCode, Long organisationId, Long groupId) {
		if (countryCode != null) {
			return "country:" + countryCode;
		}
		return organisationId != null ? "organisation:" + organisationId : "group:" + groupId;
	}

	boolean isBlank() {
		return party == null || party.isBlank();
	}

	/** The country code the party names, or null. */
	String countryCode() {
		return part("country");
	}

	Long organisationId() {
		return number(part("organisation"));
	}

	Long groupId() {
		return number(part("group"));
	}

	/** Whether the party names one known kind with a well-formed id. */
	boolean partyWellFormed() {
		String country = countryCode();
		return country != null && country.matches("[A-Z]{2}") || organisationId() != null || groupId() != null;
	}

	List<String> agencyNames() {
		return agencies == null ? List.of()
				: Arrays.stream(agencies.split("[,;\\n]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
	}

	private String part(String kind) {
		String value = party == null ? "" : party.strip();
		return value.startsWith(kind + ":") ? value.substring(kind.length() + 1) : null;
	}

	private static Long number(String text) {
		return text != null && text.matches("[0-9]{1,18}") ? Long.parseLong(text) : null;
	}

	public String getParty() {
		return party;
	}

	public void setParty(String party) {
		this.party = party;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getAgencies() {
		return agencies;
	}

	public void setAgencies(String agencies) {
		this.agencies = agencies;
	}

}
