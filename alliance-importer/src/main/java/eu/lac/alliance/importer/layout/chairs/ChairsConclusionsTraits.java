package eu.lac.alliance.importer.layout.chairs;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.importer.document.SourceText;

/**
 * What makes a text look like chairs' conclusions, for layout detection: the title,
 * "Action Area" headings, "Specific objective" rows, an overall objective, and rows of
 * numbered actions under the action categories. No single trait decides; each adds to the
 * score.
 */
final class ChairsConclusionsTraits {

	private static final int LONGEST_TITLE_LINE = 200;

	private static final int LONGEST_LABEL = 200;

	private ChairsConclusionsTraits() {
	}

	static int score(SourceText text) {
		boolean titled = false;
		boolean overall = false;
		boolean modeOfAction = false;
		int areas = 0;
		int specific = 0;
		int actionRows = 0;
		for (String line : text.lines()) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				continue;
			}
			if (stripped.length() <= LONGEST_TITLE_LINE && isTitle(NameKey.of(stripped))) {
				titled = true;
			}
			String[] cells = ConclusionOutline.cells(line);
			String label = cells == null ? stripped : cells[0];
			if (label.length() > LONGEST_LABEL) {
				continue;
			}
			if (ActionAreaHeading.in(label).isPresent() && (cells == null || !ActionAreaHeading.bare(label))) {
				areas++;
				continue;
			}
			if (cells == null) {
				continue;
			}
			RowLabel meaning = RowLabel.of(label);
			switch (meaning.kind()) {
				case OVERALL_OBJECTIVE -> overall = true;
				case MODE_OF_ACTION -> modeOfAction = true;
				case SPECIFIC_OBJECTIVE -> specific++;
				case ACTIONS -> {
					String value = cells[1].strip();
					if (ConclusionOutline.startsLikeListItem(value)) {
						actionRows++;
					}
				}
				case OTHER -> {
				}
			}
		}
		return (titled ? 30 : 0) + 15 * Math.min(areas, 3) + 10 * Math.min(specific, 3) + 5 * Math.min(actionRows, 6)
				+ (overall ? 10 : 0) + (modeOfAction ? 5 : 0);
	}

	private static boolean isTitle(String key) {
		return key.contains("chairs conclusions") || key.contains("chair s conclusions")
				|| key.contains("co chairs conclusions") || key.contains("conclusiones de los copresidentes")
				|| key.contains("conclusiones de la presidencia") || key.contains("conclusiones de los presidentes")
				|| key.contains("conclusoes dos copresidentes") || key.contains("conclusoes da presidencia");
	}

}
