package eu.lac.alliance.importer.layout.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.actionitem.Deadline;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.text.DateWording;
import eu.lac.alliance.importer.text.Sentences;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * The work a forum summary lists under "Practical Applications", "Commitments" or "Next
 * steps": one action item per bullet (or per paragraph where a section has no list), its
 * title the bullet's bold lead or first sentence, its deadline the earliest one the
 * bullet states.
 */
final class ForumItems {

	private static final Pattern CLAUSE_END = Pattern.compile("[,;:](?=\\s)|\\s[–—-]\\s");

	private static final int LONGEST_TITLE = 160;

	private static final int SHORTEST_CLAUSE = 40;

	private ForumItems() {
	}

	/**
	 * The items of one section, numbered on from {@code numbered} items of its category
	 * already read.
	 */
	static List<ParsedActionItem> read(ForumOutline.Section section, ForumOutline outline, int numbered,
			String policyArea, List<ParseWarning> warnings) {
		List<ParsedActionItem> items = new ArrayList<>();
		for (Node block : section.blocks()) {
			if (block instanceof ListBlock list) {
				for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
					if (item instanceof ListItem) {
						add(item, section, numbered + items.size() + 1, policyArea, items, warnings);
					}
				}
			}
			else if (block instanceof Paragraph && !outline.isFieldBlock(block)) {
				add(block, section, numbered + items.size() + 1, policyArea, items, warnings);
			}
		}
		return items;
	}

	private static void add(Node node, ForumOutline.Section section, int number, String policyArea,
			List<ParsedActionItem> items, List<ParseWarning> warnings) {
		String description = MarkdownText.of(node);
		LineSpan lines = MarkdownText.lines(node);
		if (description.isEmpty() || lines == null) {
			return;
		}
		String code = section.meaning().codePrefix() + number;
		// one reading of the text: the earliest deadline is the one measured, the others
		// are kept beside it
		List<Deadline> stated = DateWording.findDeadlines(description);
		Deadline deadline = stated.stream().min(java.util.Comparator.comparing(Deadline::dueOn)).orElse(null);
		if (deadline == null && section.meaning() == SectionMeaning.COMMITMENTS) {
			warnings.add(ParseWarning.at(lines, "commitment " + code + " states no deadline"));
		}
		List<Deadline> further = stated.stream().filter(other -> !other.equals(deadline)).toList();
		items.add(new ParsedActionItem(code, title(node, description), description, section.meaning().category(), null,
				null, policyArea, List.of(), deadline, lines, further));
	}

	/**
	 * A bold lead ("**Roadmap**: ...") names the item; else its first sentence, or that
	 * sentence's first clause when long.
	 */
	static String title(Node node, String description) {
		Node first = node instanceof ListItem ? node.getFirstChild() : node;
		if (first instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis lead) {
			String bold = MarkdownText.of(lead);
			String after = description.length() > bold.length() && description.startsWith(bold)
					? description.substring(bold.length()).strip() : "";
			if (!bold.isEmpty() && (after.startsWith(":") || after.startsWith("–") || after.startsWith("-")
					|| after.startsWith("—"))) {
				return bold.replaceAll("[:.]+$", "").strip();
			}
		}
		String sentence = Sentences.firstLeniently(description);
		if (sentence.length() > 1 && ".!?".indexOf(sentence.charAt(sentence.length() - 1)) >= 0) {
			sentence = sentence.substring(0, sentence.length() - 1);
		}
		sentence = sentence.strip();
		if (sentence.length() <= LONGEST_TITLE) {
			return sentence;
		}
		Matcher clause = CLAUSE_END.matcher(sentence);
		while (clause.find()) {
			if (clause.start() >= SHORTEST_CLAUSE && clause.start() <= LONGEST_TITLE) {
				return sentence.substring(0, clause.start()).strip();
			}
		}
		int cut = sentence.lastIndexOf(' ', LONGEST_TITLE - 1);
		return sentence.substring(0, cut > SHORTEST_CLAUSE ? cut : LONGEST_TITLE - 1).strip() + "…";
	}

}
