package eu.lac.alliance.importer.layout.forum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.source.LineSpan;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A forum summary as commonmark reads it: the "# " title, the "**Date**:" and
 * "**Location**:" fields, and the sections under the "## " headings, each with the
 * Markdown blocks it holds and their lines.
 */
final class ForumOutline {

	/** The fields a summary states before its sections. */
	enum Field {

		DATE, LOCATION

	}

	/**
	 * A heading, what it means, and the blocks under it up to the next heading of its
	 * meaning or level.
	 */
	record Section(String heading, SectionMeaning meaning, int level, LineSpan lines, List<Node> blocks) {
	}

	/** A field's value and its line. */
	record FieldValue(String value, int line) {
	}

	private static final Parser MARKDOWN = Parser.builder()
		.extensions(List.of(TablesExtension.create()))
		.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
		.build();

	private static final Pattern FIELD = Pattern
		.compile("^(?<label>\\p{L}[\\p{L} ]{1,24}?)\\s*+:\\s*+(?<value>\\S.*)$");

	private static final Map<String, Field> LABELS = Map.ofEntries(Map.entry("date", Field.DATE),
			Map.entry("dates", Field.DATE), Map.entry("fecha", Field.DATE), Map.entry("fechas", Field.DATE),
			Map.entry("data", Field.DATE), Map.entry("datas", Field.DATE), Map.entry("when", Field.DATE),
			Map.entry("location", Field.LOCATION), Map.entry("venue", Field.LOCATION),
			Map.entry("place", Field.LOCATION), Map.entry("lugar", Field.LOCATION), Map.entry("sede", Field.LOCATION),
			Map.entry("ubicacion", Field.LOCATION), Map.entry("local", Field.LOCATION),
			Map.entry("localizacao", Field.LOCATION), Map.entry("where", Field.LOCATION),
			Map.entry("city", Field.LOCATION), Map.entry("ciudad", Field.LOCATION),
			Map.entry("cidade", Field.LOCATION));

	private final Heading title;

	private final Map<Field, FieldValue> fields;

	private final List<Section> sections;

	private final List<Node> fieldBlocks;

	private ForumOutline(Heading title, Map<Field, FieldValue> fields, List<Node> fieldBlocks, List<Section> sections) {
		this.title = title;
		this.fields = fields;
		this.fieldBlocks = fieldBlocks;
		this.sections = sections;
	}

	static ForumOutline read(String markdown) {
		Node document = MARKDOWN.parse(markdown);
		Heading title = null;
		List<Section> sections = new ArrayList<>();
		Section current = new Section("", SectionMeaning.OTHER, 1, null, new ArrayList<>());
		sections.add(current);
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading) {
				if (heading.getLevel() == 1 && title == null) {
					title = heading;
					continue;
				}
				String text = MarkdownText.of(heading);
				SectionMeaning meaning = SectionMeaning.of(text);
				if (meaning != SectionMeaning.OTHER || heading.getLevel() <= current.level()
						|| current.meaning() == SectionMeaning.OTHER) {
					current = new Section(text, meaning, heading.getLevel(), MarkdownText.lines(heading),
							new ArrayList<>());
					sections.add(current);
					continue;
				}
			}
			current.blocks().add(node);
		}
		Map<Field, FieldValue> fields = new LinkedHashMap<>();
		List<Node> fieldBlocks = new ArrayList<>();
		for (Section section : sections) {
			for (Node block : section.blocks()) {
				if (readFields(block, fields)) {
					fieldBlocks.add(block);
				}
			}
		}
		return new ForumOutline(title, fields, fieldBlocks, sections);
	}

	/**
	 * Reads "Label: value" lines of a paragraph or of the items of a list; true when the
	 * block held a field.
	 */
	private static boolean readFields(Node block, Map<Field, FieldValue> fields) {
		if (block instanceof ListBlock list) {
			boolean any = false;
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				if (item instanceof ListItem && item.getFirstChild() instanceof Paragraph paragraph) {
					any |= readFields(paragraph, fields);
				}
			}
			return any;
		}
		if (!(block instanceof Paragraph)) {
			return false;
		}
		LineSpan lines = MarkdownText.lines(block);
		String[] textLines = MarkdownText.withLineBreaks(block).split("\n");
		boolean any = false;
		for (int i = 0; i < textLines.length; i++) {
			Matcher matcher = FIELD.matcher(textLines[i].strip());
			if (matcher.matches()) {
				Field field = LABELS.get(NameKey.of(matcher.group("label")));
				if (field != null) {
					any = true;
					int line = lines == null ? 1 : Math.min(lines.last(), lines.first() + i);
					fields.putIfAbsent(field, new FieldValue(matcher.group("value").strip(), line));
				}
			}
		}
		return any;
	}

	/** The "# " title, or null when the summary has none. */
	Heading title() {
		return title;
	}

	FieldValue field(Field field) {
		return fields.get(field);
	}

	/**
	 * The sections in document order; the first holds what comes before the first
	 * heading.
	 */
	List<Section> sections() {
		return sections;
	}

	/** Whether a block is one that holds fields (and so is no prose). */
	boolean isFieldBlock(Node block) {
		return fieldBlocks.contains(block);
	}

}
