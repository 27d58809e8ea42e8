package eu.lac.alliance.importer.layout.forum;

import java.util.ArrayList;
import java.util.List;

import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.PolicyAreaNames;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * The themes table of a forum summary ("Category | Subcategory", subcategories separated
 * by ";"): the policy areas the Alliance knows that it names, such as "Cybersecurity".
 * Themes that name no policy area ("Bi-regional Cooperation") stay themes and are not
 * turned into areas.
 */
final class ThemeTable {

	/** A policy area named in the table, canonical, with the row that names it. */
	record NamedArea(String name, LineSpan lines) {
	}

	private ThemeTable() {
	}

	static List<NamedArea> read(TableBlock table) {
		List<NamedArea> areas = new ArrayList<>();
		for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
			if (!(part instanceof TableBody body)) {
				continue;
			}
			for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
				if (!(row instanceof TableRow)) {
					continue;
				}
				LineSpan lines = MarkdownText.lines(row);
				for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
					for (String theme : MarkdownText.of(cell).split("[;•]")) {
						if (PolicyAreaNames.isKnown(theme.strip())) {
							String name = PolicyAreaNames.canonical(theme.strip());
							if (areas.stream().noneMatch(a -> a.name().equals(name))) {
								areas.add(new NamedArea(name, lines));
							}
						}
					}
				}
			}
		}
		return areas;
	}

}
