package eu.lac.alliance.web.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.lac.alliance.domain.actionitem.ItemSnapshot;
import eu.lac.alliance.importer.imports.ImportReport;

/**
 * The correction form of a preview, as typed: the dialogue to merge into or its title,
 * dates ({@code yyyy-MM-dd}) and place, the policy area of items without one, and for
 * each unrecognised organisation ({@code mapFrom}) the known one it is ({@code mapTo},
 * empty: create it as new), and for each conflict with a hand correction (keyed
 * {@code itemId:field}) whether to {@value #KEEP} the hand value (the default) or take
 * the {@value #DOCUMENT}'s. Never an entity; stored with the preview as JSON once valid.
 */
public class CorrectionForm {

	/** A conflict's choice: the hand correction stays. */
	public static final String KEEP = "KEEP";

	/** A conflict's choice: the document's value replaces the hand correction. */
	public static final String DOCUMENT = "DOCUMENT";

	private String mergeInto = "";

	private String title = "";

	private String start = "";

	private String end = "";

	private String city = "";

	private String country = "";

	private String policyArea = "";

	private List<String> mapFrom = new ArrayList<>();

	private List<String> mapTo = new ArrayList<>();

	private Map<String, String> conflicts = new LinkedHashMap<>();

	/** The form's key of the conflict on {@code field} of item {@code itemId}. */
	static String conflictKey(long itemId, String field) {
		return itemId + ":" + field;
	}

	/**
	 * The field a conflict key ({@code itemId:field}, as {@link #conflictKey} makes it)
	 * names, or null if it names none.
	 */
	static ImportReport.FieldChoice fieldOfConflict(String key) {
		int colon = key == null ? -1 : key.indexOf(':');
		if (colon < 1) {
			return null;
		}
		String field = key.substring(colon + 1);
		if (!ItemSnapshot.FIELDS.contains(field)) {
			return null;
		}
		try {
			return new ImportReport.FieldChoice(Long.parseLong(key.substring(0, colon)), field);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Whether the admin takes the document's value for conflict {@code key}. */
	public boolean takesDocument(String key) {
		return DOCUMENT.equals(conflicts.get(key));
	}

	/** The target chosen for unrecognised organisation {@code name}, or "". */
	public String targetOf(String name) {
		for (int i = 0; i < mapFrom.size() && i < mapTo.size(); i++) {
			if (mapFrom.get(i).equals(name)) {
				return mapTo.get(i) == null ? "" : mapTo.get(i);
			}
		}
		return "";
	}

	public String getMergeInto() {
		return mergeInto;
	}

	public void setMergeInto(String mergeInto) {
		this.mergeInto = mergeInto;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
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

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getPolicyArea() {
		return policyArea;
	}

	public void setPolicyArea(String policyArea) {
		this.policyArea = policyArea;
	}

	public List<String> getMapFrom() {
		return mapFrom;
	}

	public void setMapFrom(List<String> mapFrom) {
		this.mapFrom = mapFrom == null ? new ArrayList<>() : new ArrayList<>(mapFrom);
	}

	public List<String> getMapTo() {
		return mapTo;
	}

	public void setMapTo(List<String> mapTo) {
		this.mapTo = mapTo == null ? new ArrayList<>() : new ArrayList<>(mapTo);
	}

	public Map<String, String> getConflicts() {
		return conflicts;
	}

	public void setConflicts(Map<String, String> conflicts) {
		this.conflicts = conflicts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(conflicts);
	}

}
