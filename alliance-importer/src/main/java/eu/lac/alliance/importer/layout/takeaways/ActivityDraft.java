package eu.lac.alliance.importer.layout.takeaways;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.source.LineSpan;

/**
 * One activity of a takeaways table while it is being read: a row and the rows that
 * continue it after a page break, each cell appended to the same column of the row it
 * continues.
 */
final class ActivityDraft {

	private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|\\d{1,2}\\s*+[–—-])\\s++(?=\\S)");

	private final String code;

	private final String objectiveCode;

	private final int firstLine;

	private int lastLine;

	private final List<String> title = new ArrayList<>();

	private final List<String> explanation = new ArrayList<>();

	private final StringBuilder countries = new StringBuilder();

	private final StringBuilder organisations = new StringBuilder();

	ActivityDraft(String code, String objectiveCode, int line) {
		this.code = code;
		this.objectiveCode = objectiveCode;
		this.firstLine = line;
		this.lastLine = line;
	}

	/** Adds a row of the table: the first one, or one that continues it. */
	void add(int line, List<String> activity, List<String> explanation, String countries, String organisations) {
		CellText.continueWith(this.title, activity);
		CellText.continueWith(this.explanation, explanation);
		append(this.countries, countries);
		append(this.organisations, organisations);
		this.lastLine = Math.max(this.lastLine, line);
	}

	private static void append(StringBuilder list, String more) {
		if (more.isBlank()) {
			return;
		}
		if (!list.isEmpty()) {
			list.append(' ');
		}
		list.append(more.strip());
	}

	String code() {
		return code;
	}

	String objectiveCode() {
		return objectiveCode;
	}

	/** The activity's wording, without the number some tables put in front ("2. "). */
	String title() {
		return NUMBERING.matcher(String.join(" ", title)).replaceFirst("");
	}

	String lastTitleBlock() {
		return title.isEmpty() ? "" : title.get(title.size() - 1);
	}

	/** The explanation, one line per paragraph or list item. */
	String description() {
		return String.join("\n", explanation);
	}

	List<String> explanationBlocks() {
		return explanation;
	}

	String countries() {
		return countries.toString();
	}

	String organisations() {
		return organisations.toString();
	}

	LineSpan lines() {
		return new LineSpan(firstLine, lastLine);
	}

}
