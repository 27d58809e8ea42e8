package eu.lac.alliance.importer.layout.forum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.dialogue.DatePrecision;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.DialogueKinds;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.LayoutParser;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.document.ReadingPosition;
import eu.lac.alliance.importer.document.PolicyAreaNames;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.layout.forum.ForumOutline.Field;
import eu.lac.alliance.importer.layout.forum.ForumOutline.FieldValue;
import eu.lac.alliance.importer.layout.forum.ForumOutline.Section;
import eu.lac.alliance.importer.party.OrganisationCatalogue;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.text.DateRange;
import eu.lac.alliance.importer.text.DateWording;
import eu.lac.alliance.importer.text.PlaceWording.Place;
import eu.lac.alliance.importer.text.PlaceWording;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the Markdown summary of a multi-stakeholder forum: the forum from its title,
 * "Date" and "Location" fields and summary prose; the organisations of its actors table;
 * the policy areas of its title and themes table; and its practical applications,
 * commitments and next steps as action items with their deadlines. Markdown is read with
 * commonmark, so line numbers come from the parser's spans.
 */
public final class ForumSummaryParser implements LayoutParser {

	private static final Pattern TRAILING_SUMMARY = Pattern
		.compile("(?iu)[\\s:–—-]*\\b(?:summary|resumen|resumo|s[íi]ntesis" + "|report|informe|relat[óo]rio)\\s*$");

	private static final Pattern LEADING_SUMMARY = Pattern
		.compile("(?iu)^(?:summary\\s+of\\s+(?:the\\s+)?|resumen\\s+del?\\s+"
				+ "|resumo\\s+d[oa]\\s+|report\\s+(?:of|on)\\s+(?:the\\s+)?)");

	private static final Pattern TOPIC = Pattern
		.compile("(?iu)\\s(?:on|about|sobre|em|en\\s+materia\\s+de|de)\\s+(?<topic>.+)$");

	/**
	 * Titles longer than this are no titles: they are kept as written and not searched
	 * for areas.
	 */
	private static final int LONGEST_TITLE = 500;

	private static final Pattern AREA_SEPARATOR = Pattern.compile("(?iu)\\s+(?:and|y|e|&)\\s+|\\s*,\\s*");

	@Override
	public Layout layout() {
		return Layout.FORUM_SUMMARY;
	}

	@Override
	public int recognise(SourceText text) {
		return ForumSummaryTraits.score(text);
	}

	@Override
	public ParsedDocument read(SourceText text, ParseContext context, ReadingPosition position) {
		ForumOutline outline = ForumOutline.read(text.text());
		Heading titleHeading = outline.title();
		if (titleHeading == null || MarkdownText.of(titleHeading).isEmpty()) {
			int line = firstNonBlankLine(text);
			throw new ParseFailure(text.fileName(), line,
					"expected a Markdown title ('# ...') naming the forum but found "
							+ (line == 0 ? "no text" : "'" + abbreviate(text.line(line).strip()) + "'"));
		}
		List<ParseWarning> warnings = new ArrayList<>();
		String title = title(MarkdownText.of(titleHeading));
		LineSpan titleLines = MarkdownText.lines(titleHeading);
		String prose = prose(outline);

		FieldValue dateField = outline.field(Field.DATE);
		Optional<DateRange> dates = dates(dateField, prose);
		if (dates.isEmpty()) {
			warnings.add(ParseWarning.at(titleLines,
					"expected the dates of the forum in a 'Date' field or the summary but found none"));
		}
		FieldValue locationField = outline.field(Field.LOCATION);
		Optional<Place> place = locationField != null
				? PlaceWording.parseField(locationField.value(), context.countries())
				: PlaceWording.findIn(prose, context.countries());
		if (place.isEmpty() || place.get().countryCode() == null) {
			warnings.add(ParseWarning.at(locationField == null ? titleLines : LineSpan.of(locationField.line()),
					"expected the place of the forum with its country but found "
							+ place.map(p -> "'" + p.wording() + "'").orElse("none")));
		}
		LineSpan dialogueLines = titleLines;
		for (FieldValue field : new FieldValue[] { dateField, locationField }) {
			if (field != null) {
				dialogueLines = dialogueLines.union(LineSpan.of(field.line()));
			}
		}
		ParsedDialogue dialogue = new ParsedDialogue(title,
				DialogueKinds.stated(title).or(() -> DialogueKinds.stated(prose)).orElse(DialogueKind.OTHER),
				dates.map(DateRange::start).orElse(null), dates.map(DateRange::end).orElse(null),
				place.map(Place::city).orElse(null), place.map(Place::countryCode).orElse(null), List.of(), null,
				dialogueLines);

		OrganisationCatalogue catalogue = new OrganisationCatalogue(context.organisations());
		Map<String, LineSpan> areas = new LinkedHashMap<>();
		titleAreas(title).forEach(area -> areas.putIfAbsent(area, titleLines));
		ActorTable actors = new ActorTable(context.countries(), context.organisations(), catalogue);
		for (Section section : outline.sections()) {
			for (Node block : section.blocks()) {
				if (block instanceof TableBlock table && section.meaning() == SectionMeaning.ACTORS) {
					warnings.addAll(actors.read(table));
				}
				else if (block instanceof TableBlock table && section.meaning() == SectionMeaning.THEMES) {
					ThemeTable.read(table).forEach(area -> areas.putIfAbsent(area.name(), area.lines()));
				}
			}
		}
		if (areas.isEmpty()) {
			// a forum on a subject the Alliance has not had before brings a new policy
			// area
			String topic = titleTopic(title);
			if (topic != null) {
				areas.put(PolicyAreaNames.canonical(topic), titleLines);
				warnings.add(ParseWarning.at(titleLines, "'" + PolicyAreaNames.canonical(topic)
						+ "' is not one of the Alliance's policy areas yet; recorded as a new one"));
			}
			else {
				warnings.add(ParseWarning.at(titleLines,
						"expected a policy area in the title or the themes but found none"));
			}
		}
		String firstArea = areas.isEmpty() ? null : areas.keySet().iterator().next();

		List<ParsedActionItem> items = new ArrayList<>();
		Map<ActionItemCategory, Integer> numbered = new LinkedHashMap<>();
		for (Section section : outline.sections()) {
			if (section.meaning().listsActionItems()) {
				int already = numbered.getOrDefault(section.meaning().category(), 0);
				List<ParsedActionItem> read = ForumItems.read(section, outline, already, firstArea, warnings);
				numbered.put(section.meaning().category(), already + read.size());
				items.addAll(read);
			}
		}

		catalogue.scan(prose + "\n" + String.join("\n", items.stream().map(ParsedActionItem::description).toList()));
		// the actors took part in the forum as a whole: they are recorded once, with its
		// first policy area
		List<ParsedPolicyArea> policyAreas = areas.entrySet()
			.stream()
			.map(area -> new ParsedPolicyArea(area.getKey(), null,
					area.getKey().equals(firstArea) ? actors.actors() : List.of(), List.of(), area.getValue()))
			.toList();
		List<ParsedOrganisation> organisations = catalogue.organisations()
			.stream()
			.filter(organisation -> !ActorTable.namesMemberStates(organisation.name()))
			.toList();
		List<ParsedObjective> objectives = firstArea == null ? List.of()
				: ForumAim.in(text, firstArea).stream().toList();
		return new ParsedDocument(text.fileName(), text.contentHash(), layout(), dialogue, policyAreas, objectives,
				items, List.of(), organisations, List.of(), warnings);
	}

	/**
	 * "EU-LAC Multi-Stakeholder Forum on ... Summary" names the forum without "Summary".
	 */
	static String title(String heading) {
		if (heading.length() > LONGEST_TITLE) {
			return heading.strip();
		}
		String title = heading.strip();
		for (int i = 0; i < 3; i++) {
			// "... – Summary Report": each trailing word of the kind goes
			String shorter = TRAILING_SUMMARY.matcher(title).replaceAll("");
			if (shorter.equals(title)) {
				break;
			}
			title = shorter;
		}
		title = LEADING_SUMMARY.matcher(title).replaceAll("").strip();
		return title.isEmpty() ? heading.strip() : title;
	}

	/**
	 * "... on Cybersecurity and Secure Connectivity" speaks of Cybersecurity and
	 * Connectivity.
	 */
	/** The subject a title names after "on" / "sobre", or null when it names none. */
	static String titleTopic(String title) {
		var topic = TOPIC.matcher(title.length() > LONGEST_TITLE ? "" : title);
		if (!topic.find() || topic.group("topic").isBlank()) {
			return null;
		}
		return topic.group("topic").strip();
	}

	static List<String> titleAreas(String title) {
		var topic = TOPIC.matcher(title.length() > LONGEST_TITLE ? "" : title);
		if (!topic.find()) {
			return List.of();
		}
		List<String> areas = new ArrayList<>();
		for (String part : AREA_SEPARATOR.split(topic.group("topic").strip())) {
			if (PolicyAreaNames.isKnown(part) && !areas.contains(PolicyAreaNames.canonical(part))) {
				areas.add(PolicyAreaNames.canonical(part));
			}
		}
		if (areas.isEmpty() && PolicyAreaNames.isKnown(topic.group("topic"))) {
			areas.add(PolicyAreaNames.canonical(topic.group("topic")));
		}
		return areas;
	}

	/**
	 * The forum's days: the "Date" field gives the start; the summary's "from October
	 * 23-25, 2024" gives the end when it covers that start, and both ends when the field
	 * names only the month.
	 */
	private static Optional<DateRange> dates(FieldValue field, String prose) {
		Optional<DateRange> stated = field == null ? Optional.empty()
				: DateWording.findEventDates(field.value()).or(() -> DateWording.findNumericDates(field.value()));
		List<DateRange> inProse = allEventDates(prose);
		if (stated.isEmpty()) {
			return inProse.stream().findFirst();
		}
		DateRange range = stated.get();
		for (DateRange candidate : inProse) {
			boolean covers = !candidate.start().earliest().isAfter(range.start().latest())
					&& !candidate.end().latest().isBefore(range.start().earliest());
			if (!covers) {
				continue;
			}
			if (range.start().precision() != DatePrecision.DAY) {
				return Optional.of(candidate);
			}
			PartialDate end = candidate.end().latest().isAfter(range.end().latest()) ? candidate.end() : range.end();
			return Optional.of(new DateRange(range.start(), end, range.wording() + "; " + candidate.wording()));
		}
		return stated;
	}

	private static List<DateRange> allEventDates(String text) {
		List<DateRange> all = new ArrayList<>();
		int from = 0;
		while (from < text.length()) {
			String rest = text.substring(from);
			Optional<DateRange> found = DateWording.findEventDates(rest);
			if (found.isEmpty()) {
				break;
			}
			all.add(found.get());
			int at = rest.indexOf(found.get().wording());
			from += at < 0 ? rest.length() : at + found.get().wording().length();
		}
		return all;
	}

	/**
	 * The summary's prose, in order: paragraphs and bullets outside tables, fields and
	 * action-item sections.
	 */
	private static String prose(ForumOutline outline) {
		StringBuilder prose = new StringBuilder();
		for (Section section : outline.sections()) {
			if (section.meaning().listsActionItems()) {
				continue;
			}
			for (Node block : section.blocks()) {
				if (outline.isFieldBlock(block)) {
					continue;
				}
				if (block instanceof Paragraph) {
					prose.append(MarkdownText.of(block)).append('\n');
				}
				else if (block instanceof ListBlock list) {
					for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
						if (item instanceof ListItem) {
							prose.append(MarkdownText.of(item)).append('\n');
						}
					}
				}
			}
		}
		return prose.toString();
	}

	private static int firstNonBlankLine(SourceText text) {
		for (int i = 1; i <= text.lineCount(); i++) {
			if (!text.line(i).isBlank()) {
				return i;
			}
		}
		return 0;
	}

	private static String abbreviate(String line) {
		return line.length() <= 80 ? line : line.substring(0, 77) + "...";
	}

}
