package eu.lac.alliance.importer.layout.chairs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.LayoutParser;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.document.ReadingPosition;
import eu.lac.alliance.importer.document.PolicyAreaNames;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.layout.GroupDefinition;
import eu.lac.alliance.importer.layout.chairs.ConclusionOutline.AreaStart;
import eu.lac.alliance.importer.layout.chairs.ConclusionOutline.Entry;
import eu.lac.alliance.importer.layout.chairs.ConclusionOutline.Note;
import eu.lac.alliance.importer.layout.chairs.ConclusionOutline.Prose;
import eu.lac.alliance.importer.layout.chairs.ConclusionOutline.Row;
import eu.lac.alliance.importer.party.MembershipStatementReader;
import eu.lac.alliance.importer.party.OrganisationCatalogue;
import eu.lac.alliance.importer.party.PartyList;
import eu.lac.alliance.importer.party.PartyListReader;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedGroup;
import eu.lac.alliance.importer.result.ParsedMembership;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.text.DateRange;
import eu.lac.alliance.importer.text.DateWording;

/**
 * Reads the chairs' conclusions of a high-level dialogue (the Santo Domingo cybersecurity
 * dialogue is the model): the dialogue with its venue, month and co-chairs from the
 * opening prose; the overall objective and mode of action; each action area with its
 * specific objective; and the numbered actions with their lettered sub-items under the
 * "Information Sharing", "Capacity Building" and "Joint Initiatives" rows, read through
 * page breaks, repeated headers and the HTML the conversion leaves.
 */
public final class ChairsConclusionsParser implements LayoutParser {

	private static final int DATE_WINDOW = 200;

	@Override
	public Layout layout() {
		return Layout.CHAIRS_CONCLUSIONS;
	}

	@Override
	public int recognise(SourceText text) {
		return ChairsConclusionsTraits.score(text);
	}

	@Override
	public ParsedDocument read(SourceText text, ParseContext context, ReadingPosition position) {
		return new Reading(text, context, position).read();
	}

	/** The state of reading one document. */
	private static final class Reading {

		private final SourceText source;

		private final ParseContext context;

		private final OrganisationCatalogue catalogue;

		private final List<ParseWarning> warnings = new ArrayList<>();

		private final List<ParsedObjective> objectives = new ArrayList<>();

		private final List<ParsedActionItem> items = new ArrayList<>();

		private final Set<String> itemCodes = new HashSet<>();

		private final Set<String> areaCodes = new HashSet<>();

		private final NumberedActions numbering = new NumberedActions(warnings);

		private final ReadingPosition position;

		private String policyArea;

		private String overallObjective;

		private AreaStart area;

		private Row specificObjective;

		private boolean areaHasActions;

		Reading(SourceText source, ParseContext context, ReadingPosition position) {
			this.source = source;
			this.position = position;
			this.context = context;
			this.catalogue = new OrganisationCatalogue(context.organisations());
		}

		ParsedDocument read() {
			ConclusionOutline outline = ConclusionOutline.read(source);
			List<Entry> entries = outline.entries();
			ParsedDialogue dialogue = dialogue(entries);
			if (policyArea == null && !entries.isEmpty()) {
				throw new ParseFailure(source.fileName(), firstStructureLine(entries),
						"expected the dialogue's name with its policy area (\"High Level Dialogue on ...\") or an "
								+ "\"Overall objective of ... on ...\" row but found neither");
			}
			if (entries.isEmpty()) {
				throw new ParseFailure(source.fileName(), 1,
						"expected chairs' conclusions (dialogue, objectives, action areas) but found no text");
			}
			for (Entry entry : entries) {
				position.at(entry.lines().first());
				if (entry instanceof AreaStart start) {
					closeArea();
					area = start;
				}
				else if (entry instanceof Row row) {
					take(row);
				}
			}
			closeArea();
			warnIfCutShort(entries);
			if (items.isEmpty()) {
				warnings
					.add(ParseWarning.at(source.lineCount(), "expected numbered actions under \"Information Sharing\", "
							+ "\"Capacity Building\" or \"Joint Initiatives\" rows but found none"));
			}
			openToMembersIfStated(entries);
			List<ParsedMembership> members = memberships(entries);
			warnOfContradictedCounts(entries, members);
			List<ParsedGroup> groups = groups(entries);
			scanOrganisations(entries);
			LineSpan whole = new LineSpan(entries.get(0).lines().first(),
					entries.stream().mapToInt(e -> e.lines().last()).max().orElse(1));
			ParsedPolicyArea policy = new ParsedPolicyArea(policyArea, overallObjective, List.of(), List.of(), whole);
			return new ParsedDocument(source.fileName(), source.contentHash(), Layout.CHAIRS_CONCLUSIONS, dialogue,
					List.of(policy), objectives, items, members, catalogue.organisations(), groups, warnings);
		}

		private ParsedDialogue dialogue(List<Entry> entries) {
			DialogueName name = null;
			Prose named = null;
			String namedText = null;
			for (Entry entry : entries) {
				if (entry instanceof Prose prose) {
					String text = ConclusionText.plain(prose.text());
					Optional<DialogueName> found = DialogueName.in(text);
					if (found.isPresent()) {
						name = found.get();
						named = prose;
						namedText = text;
						break;
					}
				}
			}
			if (name == null) {
				return dialogueFromLabel(entries);
			}
			policyArea = PolicyAreaNames.canonical(name.topic());
			LineSpan lines = named.lines();
			int after = name.end();
			String city = null;
			String countryCode = null;
			Optional<DialogueVenue> venue = DialogueVenue.in(namedText, name.end(), context.countries());
			for (int i = 0; venue.isEmpty() && i < entries.size(); i++) {
				if (entries.get(i) instanceof Prose prose && prose != named) {
					String text = ConclusionText.plain(prose.text());
					venue = DialogueVenue.in(text, 0, context.countries());
					if (venue.isPresent()) {
						namedText = text;
						lines = lines.union(prose.lines());
					}
				}
			}
			if (venue.isPresent()) {
				city = venue.get().city();
				countryCode = venue.get().countryCode();
				after = venue.get().end();
				if (countryCode == null) {
					warnings.add(ParseWarning.at(lines.first(),
							"expected the host country of " + city + " but found no country the gazetteer knows"));
				}
			}
			else {
				warnings.add(ParseWarning.at(lines.first(),
						"expected where the dialogue was held (\"held in ...\") but found no venue"));
			}
			String window = namedText.substring(after, Math.min(namedText.length(), after + DATE_WINDOW));
			Optional<DateRange> dates = DateWording.findEventDates(window);
			if (dates.isEmpty()) {
				warnings
					.add(ParseWarning.at(lines.first(), "expected the dialogue's date after its name but found none"));
			}
			LineSpan[] coChairLines = new LineSpan[1];
			List<ParsedParty> coChairs = coChairs(entries, coChairLines);
			return new ParsedDialogue(name.title(), name.kind(), dates.map(DateRange::start).orElse(null),
					dates.map(DateRange::end).orElse(null), city, countryCode, coChairs, null,
					lines.union(coChairLines[0]));
		}

		/**
		 * Without a name in the prose, the overall objective's label ("... Dialogue on
		 * Cybersecurity") names it.
		 */
		private ParsedDialogue dialogueFromLabel(List<Entry> entries) {
			LineSpan[] coChairLines = new LineSpan[1];
			List<ParsedParty> coChairs = coChairs(entries, coChairLines);
			for (Entry entry : entries) {
				if (entry instanceof Row row && RowLabel.of(row.label()).kind() == RowLabel.Kind.OVERALL_OBJECTIVE) {
					Optional<DialogueName> found = DialogueName.in(ConclusionText.plain(row.label()));
					if (found.isPresent()) {
						policyArea = PolicyAreaNames.canonical(found.get().topic());
						warnings.add(ParseWarning.at(row.lines().first(),
								"expected the dialogue named in the opening text but found it only in a row label"));
						return new ParsedDialogue(found.get().title(), found.get().kind(), null, null, null, null,
								coChairs, null, row.lines().union(coChairLines[0]));
					}
				}
			}
			return coChairs.isEmpty() ? null
					: new ParsedDialogue(null, null, null, null, null, null, coChairs, null, coChairLines[0]);
		}

		private List<ParsedParty> coChairs(List<Entry> entries, LineSpan[] where) {
			PartyListReader reader = PartyListReader.of(context, catalogue);
			for (Entry entry : entries) {
				if (entry instanceof Prose prose) {
					Optional<String> list = CoChairStatement.in(ConclusionText.plain(prose.text()));
					if (list.isPresent()) {
						PartyList parties = reader.readMembers(list.get(), ParticipantRole.CO_CHAIR);
						parties.problems()
							.forEach(problem -> warnings
								.add(ParseWarning.at(prose.lines().first(), "co-chairs: " + problem)));
						where[0] = prose.lines();
						return parties.parties();
					}
				}
			}
			return List.of();
		}

		private void take(Row row) {
			RowLabel label = RowLabel.of(row.label());
			String value = label.kind() == RowLabel.Kind.ACTIONS ? "" : ConclusionText.plain(row.valueText());
			switch (label.kind()) {
				case OVERALL_OBJECTIVE -> {
					overallObjective = value;
					objectives.add(new ParsedObjective(null, null, value, ObjectiveScope.OVERALL, policyArea, null,
							row.lines()));
				}
				case MODE_OF_ACTION -> objectives.add(new ParsedObjective(null, null, value,
						ObjectiveScope.MODE_OF_ACTION, policyArea, null, row.lines()));
				case SPECIFIC_OBJECTIVE -> {
					if (area == null) {
						warnings.add(ParseWarning.at(row.lines().first(),
								"expected an \"Action Area\" heading before this specific objective but found none"));
					}
					else if (specificObjective != null || areaHasActions) {
						warnings
							.add(ParseWarning.at(row.lines().first(), "expected one specific objective for action area "
									+ area.heading().code() + " but found another; kept the first"));
					}
					else {
						specificObjective = row;
					}
				}
				case ACTIONS -> actions(row, label.category());
				case OTHER -> {
					if (ConclusionOutline.startsLikeListItem(row.valueText().strip())
							|| ConclusionText.plain(row.valueText()).matches("\\d{1,3}[.)]\\s.*")) {
						warnings.add(ParseWarning.at(row.lines().first(), "expected an action category (Information "
								+ "Sharing, Capacity Building, Joint Initiatives) but found \""
								+ ConclusionText.plain(row.label()) + "\"; its actions are listed as activities"));
						actions(row, ActionItemCategory.ACTIVITY);
					}
					else {
						warnings.add(ParseWarning.at(row.lines().first(),
								"row \"" + ConclusionText.plain(row.label()) + "\" not understood, skipped"));
					}
				}
			}
		}

		private void actions(Row row, ActionItemCategory category) {
			areaHasActions = true;
			String objectiveCode = area == null ? null : area.heading().code();
			ActionCell cell = ActionCell.read(row.value());
			Map<Integer, String> parentCodes = new LinkedHashMap<>();
			for (NumberedActions.Found found : numbering.split(cell, row.lines().first())) {
				String description = description(found.text());
				LineSpan lines = new LineSpan(found.firstLine(), Math.max(found.firstLine(), found.lastLine()));
				if (description.isEmpty()) {
					warnings.add(ParseWarning.at(lines.first(), "expected the text of action " + found.number()
							+ (found.isSubItem() ? "." + found.letter() : "") + " but found none"));
					continue;
				}
				String code;
				String parentCode = null;
				if (found.isSubItem()) {
					parentCode = parentCodes.getOrDefault(found.number(), Integer.toString(found.number()));
					code = unique(parentCode + "." + found.letter(), objectiveCode, lines);
				}
				else {
					code = unique(Integer.toString(found.number()), objectiveCode, lines);
					parentCodes.put(found.number(), code);
				}
				items.add(new ParsedActionItem(code, ItemTitle.of(description), description, category, parentCode,
						objectiveCode, policyArea, PartyCodes.in(description, context),
						DateWording.findDeadline(description).orElse(null), lines));
			}
		}

		/**
		 * Codes are unique in a document: a number used twice is qualified by its action
		 * area.
		 */
		private String unique(String code, String objectiveCode, LineSpan lines) {
			if (itemCodes.add(code)) {
				return code;
			}
			String qualified = (objectiveCode == null ? "X" : objectiveCode) + "-" + code;
			for (int n = 2; !itemCodes.add(qualified); n++) {
				qualified = (objectiveCode == null ? "X" : objectiveCode) + "-" + code + "-" + n;
			}
			warnings.add(ParseWarning.at(lines.first(),
					"expected a new action number but found " + code + " again; coded it " + qualified));
			return qualified;
		}

		private void closeArea() {
			if (area == null) {
				return;
			}
			ActionAreaHeading heading = area.heading();
			String code = heading.code();
			if (!areaCodes.add(code)) {
				warnings.add(ParseWarning.at(area.lines().first(),
						"expected a new action area but found " + code + " again"));
			}
			String title = heading.title().isEmpty() ? null : heading.title();
			String text;
			LineSpan lines = area.lines();
			if (specificObjective != null) {
				text = ConclusionText.plain(specificObjective.valueText());
				lines = lines.union(specificObjective.lines());
			}
			else {
				text = title == null ? "Action Area " + code : title;
				warnings.add(ParseWarning.at(area.lines().first(),
						"expected a \"Specific objective\" row for action area " + code + " but found none"));
			}
			objectives.add(new ParsedObjective(code, title, text, ObjectiveScope.ACTION_AREA, policyArea, null, lines));
			area = null;
			specificObjective = null;
			areaHasActions = false;
		}

		/**
		 * A statement that membership of the Alliance is the only prerequisite to take
		 * part (001's footnote 2, on "these activities") opens every item of the document
		 * to every member.
		 */
		private void openToMembersIfStated(List<Entry> entries) {
			for (Entry entry : entries) {
				String text = entry instanceof Note note ? note.text()
						: entry instanceof Prose prose ? prose.text() : null;
				if (text != null && MembershipStatementReader.opensToEveryMember(ConclusionText.plain(text))) {
					items.replaceAll(ParsedActionItem::openedToMembers);
					return;
				}
			}
		}

		/**
		 * "signed by ... 21 governments" where the footnote lists 20 countries: the
		 * document contradicts itself, and the secretariat must know which line to check.
		 * The listed countries are those that joined in the first year the document
		 * names.
		 */
		private void warnOfContradictedCounts(List<Entry> entries, List<ParsedMembership> members) {
			int firstYear = members.stream().mapToInt(ParsedMembership::year).min().orElse(0);
			long listed = members.stream().filter(m -> m.year() == firstYear).count();
			if (listed == 0) {
				return;
			}
			for (Entry entry : entries) {
				String text = entry instanceof Note note ? note.text()
						: entry instanceof Prose prose ? prose.text() : null;
				if (text == null) {
					continue;
				}
				for (int stated : MembershipStatementReader.statedSignatoryCounts(ConclusionText.plain(text))) {
					if (stated != listed) {
						warnings.add(ParseWarning.at(entry.lines().first(),
								"says " + stated + " governments joined the Alliance, but the document lists " + listed
										+ " countries that joined in " + firstYear + " (line "
										+ members.stream()
											.filter(m -> m.year() == firstYear)
											.findFirst()
											.orElseThrow()
											.lines()
											.first()
										+ "); recorded the " + listed + " listed"));
					}
				}
			}
		}

		private List<ParsedMembership> memberships(List<Entry> entries) {
			List<ParsedMembership> members = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (Entry entry : entries) {
				String text = entry instanceof Note note ? note.text()
						: entry instanceof Prose prose ? prose.text() : null;
				if (text == null) {
					continue;
				}
				for (ParsedMembership membership : MembershipStatementReader.read(ConclusionText.plain(text),
						entry.lines(), context.countries())) {
					if (seen.add(membership.countryCode())) {
						members.add(membership);
					}
				}
			}
			return members;
		}

		private List<ParsedGroup> groups(List<Entry> entries) {
			List<ParsedGroup> groups = new ArrayList<>();
			for (Entry entry : entries) {
				if (entry instanceof Note note) {
					GroupDefinition
						.read(ConclusionText.plain(note.text()), note.lines(), PartyListReader.of(context, catalogue),
								context.organisations(), warnings)
						.ifPresent(groups::add);
				}
			}
			return groups;
		}

		private void scanOrganisations(List<Entry> entries) {
			for (Entry entry : entries) {
				if (entry instanceof Prose prose) {
					catalogue.scan(ConclusionText.plain(prose.text()));
				}
				else if (entry instanceof Note note) {
					catalogue.scan(ConclusionText.plain(note.text()));
				}
				else if (entry instanceof Row row) {
					catalogue.scan(ConclusionText.plain(row.valueText()));
				}
			}
		}

		/**
		 * A document that stops in the middle of its last action was most likely cut
		 * short in transfer.
		 */
		private void warnIfCutShort(List<Entry> entries) {
			if (items.isEmpty() || source.text().endsWith("\n")) {
				return;
			}
			ParsedActionItem last = items.get(items.size() - 1);
			int lastLine = entries.get(entries.size() - 1).lines().last();
			String description = last.description();
			char end = description.charAt(description.length() - 1);
			if (last.lines().last() == lastLine && ".!?)".indexOf(end) < 0) {
				warnings.add(ParseWarning.at(lastLine, "expected action " + last.code()
						+ " to end with a full stop but found the end of the document; it may have been cut short"));
			}
		}

		private static int firstStructureLine(List<Entry> entries) {
			return entries.stream()
				.filter(e -> e instanceof Row || e instanceof AreaStart)
				.findFirst()
				.orElse(entries.get(0))
				.lines()
				.first();
		}

		/**
		 * The action's text as stored: no list separator left at its end ("...(EU &
		 * EE);").
		 */
		private static String description(String text) {
			String description = ConclusionText.plain(text);
			boolean changed = true;
			while (changed) {
				changed = false;
				String before = description;
				description = description.replaceFirst("[;,]\\s*(?:and|or|y|o|e|et)?$", "").strip();
				changed = !description.equals(before);
			}
			return description;
		}

	}

}
