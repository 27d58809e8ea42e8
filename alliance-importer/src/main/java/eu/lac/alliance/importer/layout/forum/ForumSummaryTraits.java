package eu.lac.alliance.importer.layout.forum;

import java.util.regex.Pattern;

import eu.lac.alliance.importer.document.SourceText;

/**
 * What makes a text look like a forum summary, for layout detection: a Markdown "# "
 * title, "**Date**:" and "**Location**:" fields, pipe tables, forum wording and sections
 * such as "Actors" or "Commitments". Tab-separated rows and HTML lists belong to
 * conclusion documents and count against.
 */
final class ForumSummaryTraits {

	private static final Pattern TITLE = Pattern.compile("^#\\s+\\S");

	private static final Pattern SECTION = Pattern.compile("^#{2,4}\\s+(.+)$");

	private static final Pattern FIELD = Pattern
		.compile("(?iu)^\\s*(?:[-*]\\s+)?\\*\\*\\s*(?:date|dates|fecha|fechas|data|location"
				+ "|venue|place|lugar|sede|ubicación|ubicacion|local|localização|localizacao)\\s*(?:\\*\\*\\s*:|:\\s*\\*\\*)");

	/**
	 * The same fields without bold ("Date: 3-5 June 2025"), counted near the title only.
	 */
	private static final Pattern PLAIN_FIELD = Pattern
		.compile("(?iu)^\\s*(?:[-*]\\s+)?(?:date|dates|fecha|fechas|data|datas|location|venue|place|lugar|sede"
				+ "|ubicación|ubicacion|local|localização|localizacao)\\s*:\\s*\\S");

	private static final Pattern DELIMITER_ROW = Pattern
		.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");

	private static final Pattern FORUM = Pattern.compile("(?iu)\\bforum\\b|\\bforo\\b|\\bfórum\\b");

	private static final Pattern TAB_ROW = Pattern.compile("\\S\\t+\\S|^\\t+\\S");

	private static final Pattern HTML_LIST = Pattern.compile("(?i)<(?:li|ul|ol|p|td|tr)[\\s>]");

	private static final int HEAD_LINES = 15;

	private ForumSummaryTraits() {
	}

	static int score(SourceText text) {
		boolean title = false;
		int fields = 0;
		int tables = 0;
		boolean forum = false;
		int sections = 0;
		int tabRows = 0;
		int htmlLines = 0;
		int nonBlank = 0;
		for (String line : text.lines()) {
			if (line.isBlank()) {
				continue;
			}
			nonBlank++;
			if (line.length() > 2000) {
				tabRows += TAB_ROW.matcher(line).find() ? 1 : 0;
				continue;
			}
			if (TITLE.matcher(line).find()) {
				title = true;
				forum |= FORUM.matcher(line).find();
			}
			if (nonBlank <= HEAD_LINES && FORUM.matcher(line).find()) {
				forum = true;
			}
			if (FIELD.matcher(line).find() || nonBlank <= HEAD_LINES && PLAIN_FIELD.matcher(line).find()) {
				fields++;
			}
			if (DELIMITER_ROW.matcher(line).matches()) {
				tables++;
			}
			var section = SECTION.matcher(line);
			if (section.find()) {
				SectionMeaning meaning = SectionMeaning.of(section.group(1));
				if (meaning != SectionMeaning.OTHER && meaning != SectionMeaning.SUMMARY) {
					sections++;
				}
			}
			if (TAB_ROW.matcher(line).find()) {
				tabRows++;
			}
			if (HTML_LIST.matcher(line).find()) {
				htmlLines++;
			}
		}
		int score = (title ? 20 : 0) + Math.min(fields, 2) * 20 + Math.min(tables, 2) * 15 + (forum ? 20 : 0)
				+ Math.min(sections, 3) * 10;
		score -= (tabRows >= 2 ? 80 : tabRows * 30) + (htmlLines >= 2 ? 40 : 0);
		return Math.max(0, score);
	}

}
