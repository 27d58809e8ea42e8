package eu.lac.alliance.importer.layout.takeaways;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.organisation.OrganisationKind;
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
import eu.lac.alliance.importer.text.DateWording;
import eu.lac.alliance.importer.text.Sentences;

/**
 * Reads operational takeaways: a table of action areas ("1. GOVERNANCE ..."), components
 * ("1.1 Support AI governance efforts in the region") and their activities, each with the
 * countries and organisations interested in it, where rows split by a page break are
 * joined back to the activity they continue.
 */
public final class TakeawaysTableParser implements LayoutParser {

	/**
	 * "1. GOVERNANCE ...", "II) DATA", "Action area 3: LLMs", "Eje 2. Infraestructura".
	 */
	private static final Pattern ACTION_AREA = Pattern
		.compile("^(?:(?i:action\\s++area|[áa]rea(?:\\s++de\\s++acci[óo]n)?"
				+ "|pillar|pilar|eje|eixo)\\s++)?(?:(\\d{1,2})[.):]?|([IVX]{1,5})[.):])\\s++(\\S.*)$");

	/**
	 * "1.1 Support ...", "1.1. Open data", "Component 1.1: ...", "Componente 2.3 – ...".
	 */
	private static final Pattern COMPONENT = Pattern
		.compile("^(?:(?i:components?|componentes?)\\s++)?(\\d{1,2}(?:\\.\\d{1,2}){1,3})[.:)]?"
				+ "(?:(?:\\s*+[–—:-])?\\s++(.*))?$");

	private static final Pattern RULE = Pattern.compile("^\\s*+(?:[-_*=]\\s*+){3,}$");

	private static final Pattern SEPARATOR_CELL = Pattern.compile("^[\\s:|+=_-]*+$");

	private static final List<String> TAKEAWAY_WORDS = List.of("takeaways", "conclusiones operativas",
			"resultados operativos", "conclusoes operacionais");

	private static final List<String> AREA_PREPOSITIONS = List.of(" on ", " sobre ", " en materia de ", " em ", " en ",
			" for ", " para ", " de ");

	private static final Set<String> OPEN_ENDINGS = Set.of("of", "on", "the", "and", "to", "for", "with", "in", "a",
			"an", "by", "de", "del", "la", "el", "los", "las", "y", "para", "con", "en", "da", "do", "e", "com", "em");

	private static final List<String> CIVIL_SOCIETY_WORDS = List.of("civil society", "sociedad civil",
			"sociedade civil", "csos", "osc");

	@Override
	public Layout layout() {
		return Layout.OPERATIONAL_TAKEAWAYS;
	}

	@Override
	public int recognise(SourceText text) {
		int score = 0;
		boolean header = false;
		boolean title = false;
		int componentRows = 0;
		for (String raw : text.lines()) {
			String line = raw.strip();
			if (!header && line.indexOf('\t') >= 0
					&& TableColumn.fromHeader(Stream.of(raw.split("\t", -1)).map(CellText::line).toList())
						.isPresent()) {
				header = true;
			}
			if (!title && line.length() < 200) {
				String key = NameKey.of(line);
				title = TAKEAWAY_WORDS.stream().anyMatch(key::contains);
			}
			if (componentRows < 6 && raw.indexOf('\t') >= 0) {
				String[] cells = raw.split("\t", -1);
				if (cells.length >= 4 && COMPONENT.matcher(CellText.line(cells[0])).matches()) {
					componentRows++;
				}
			}
		}
		score += header ? 50 : 0;
		score += title ? 10 : 0;
		score += header || componentRows >= 2 ? componentRows * 5 : 0;
		return score;
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

		private final PartyListReader parties;

		private final List<ParseWarning> warnings = new ArrayList<>();

		private final List<Footnote> footnotes = new ArrayList<>();

		private final List<String> introTexts = new ArrayList<>();

		private final List<Integer> introLines = new ArrayList<>();

		private final List<ParsedObjective> objectives = new ArrayList<>();

		private final List<ActivityDraft> activities = new ArrayList<>();

		private final Set<String> codes = new LinkedHashSet<>();

		private String heading;

		private int headingLine;

		private int firstTableLine;

		private int lastTableLine;

		private Map<TableColumn, Integer> columns;

		private boolean afterBreak;

		private String actionArea;

		private ParsedObjective component;

		private int componentsInArea;

		private final Map<String, Integer> lettersByObjective = new LinkedHashMap<>();

		private ActivityDraft activity;

		private final ReadingPosition position;

		Reading(SourceText source, ParseContext context, ReadingPosition position) {
			this.source = source;
			this.position = position;
			this.context = context;
			this.catalogue = new OrganisationCatalogue(context.organisations());
			this.parties = PartyListReader.of(context, catalogue);
		}

		ParsedDocument read() {
			for (int number = 1; number <= source.lineCount(); number++) {
				position.at(number);
				readLine(number, withoutCarriageReturn(source.line(number)));
			}
			if (activities.isEmpty()) {
				throw new ParseFailure(source.fileName(), firstTableLine,
						"expected takeaways table rows (component, activity, countries interested) but found "
								+ (firstTableLine == 0 ? "no tab-separated table" : "no activity in the table"));
			}
			String area = policyArea();
			List<ParsedGroup> groups = groups();
			List<ParsedParty> heard = readCivilSocietyFootnotes();
			List<ParsedActionItem> items = new ArrayList<>();
			for (ActivityDraft draft : activities) {
				items.add(item(draft, area, groups));
			}
			List<ParsedObjective> withArea = objectives.stream()
				.map(o -> new ParsedObjective(o.code(), o.title(), o.text(), o.scope(), area, o.parentCode(),
						o.lines()))
				.toList();
			ParsedDialogue dialogue = dialogue();
			List<ParsedPolicyArea> areas = area == null ? List.of() : List
				.of(new ParsedPolicyArea(area, null, heard, List.of(),
						new LineSpan(
								Math.max(1, Math.min(headingLine == 0 ? firstTableLine : headingLine, firstTableLine)),
								lastTableLine)));
			return new ParsedDocument(source.fileName(), source.contentHash(), Layout.OPERATIONAL_TAKEAWAYS, dialogue,
					areas, withArea, items, memberships(), catalogue.organisations(), groups, warnings);
		}

		private void readLine(int number, String raw) {
			if (raw.isBlank()) {
				afterBreak = true;
				return;
			}
			Optional<Footnote> footnote = Footnote.of(raw, number);
			if (footnote.isPresent()) {
				footnotes.add(footnote.get());
				catalogue.scan(footnote.get().text());
				afterBreak = true;
				return;
			}
			if (RULE.matcher(raw).matches()) {
				afterBreak = true;
				return;
			}
			if (raw.indexOf('\t') >= 0) {
				readRow(number, List.of(raw.split("\t", -1)));
				return;
			}
			String plain = ProseText.plain(raw);
			if (ProseText.isHeading(raw)) {
				if (heading == null && plain.length() < 200) {
					heading = plain;
					headingLine = number;
				}
				afterBreak = true;
				return;
			}
			if (readActionArea(number, List.of(raw), List.of(plain), true)) {
				markTable(number);
				return;
			}
			if (heading == null && firstTableLine == 0 && plain.length() < 200) {
				String key = NameKey.of(plain);
				if (TAKEAWAY_WORDS.stream().anyMatch(key::contains)) {
					heading = plain;
					headingLine = number;
					return;
				}
			}
			if (firstTableLine == 0) {
				introTexts.add(plain);
				introLines.add(number);
			}
			else {
				afterBreak = true;
			}
			catalogue.scan(plain);
		}

		private void readRow(int number, List<String> cells) {
			if (cells.stream().allMatch(cell -> SEPARATOR_CELL.matcher(cell).matches())) {
				afterBreak = true;
				return;
			}
			List<List<String>> blocks = cells.stream().map(CellText::blocks).toList();
			List<String> texts = blocks.stream().map(b -> String.join(" ", b)).toList();
			Optional<Map<TableColumn, Integer>> header = TableColumn.fromHeader(texts);
			if (header.isPresent()) {
				columns = header.get();
				markTable(number);
				return;
			}
			markTable(number);
			if (readActionArea(number, cells, texts, false)) {
				afterBreak = false;
				return;
			}
			Map<TableColumn, Integer> at = columns != null ? columns : TableColumn.usualPositions(cells.size());
			String componentCell = cell(texts, at, TableColumn.COMPONENT);
			List<String> activityBlocks = blocks(blocks, at, TableColumn.ACTIVITY);
			String activityText = cell(texts, at, TableColumn.ACTIVITY);
			List<String> explanation = blocks(blocks, at, TableColumn.EXPLANATION);
			String countries = cell(texts, at, TableColumn.COUNTRIES);
			String organisations = cell(texts, at, TableColumn.ORGANISATIONS);
			Matcher code = COMPONENT.matcher(componentCell);
			boolean componentContinues = !componentCell.isEmpty() && !code.matches()
					&& CellText.startsInLowerCase(componentCell) && component != null;
			boolean continues = activity != null && (componentCell.isEmpty() || componentContinues)
					&& (activityText.isEmpty() || CellText.startsInLowerCase(activityText)
							|| afterBreak && endsOpen(activity.lastTitleBlock()));
			if (continues) {
				if (componentContinues) {
					continueComponent(number, componentCell);
				}
				activity.add(number, activityBlocks, explanation, countries, organisations);
				lastTableLine = number;
				afterBreak = false;
				return;
			}
			if (code.matches()) {
				startComponent(number, code.group(1), code.group(2) == null ? "" : code.group(2).strip());
			}
			else if (!componentCell.isEmpty()) {
				startComponent(number, nextComponentCode(), componentCell);
			}
			boolean hasContent = !activityText.isEmpty() || !explanation.isEmpty() || !countries.isBlank()
					|| !organisations.isBlank();
			if (hasContent) {
				if (activityText.isEmpty()) {
					warnings.add(ParseWarning.at(number, "expected an activity but found an empty activity cell"));
				}
				String prefix = component != null ? component.code() : actionArea != null ? actionArea : "0";
				String objectiveCode = component != null ? component.code() : actionArea;
				int letter = lettersByObjective.merge(prefix, 1, Integer::sum) - 1;
				activity = new ActivityDraft(uniqueCode(prefix + "-" + letters(letter)), objectiveCode, number);
				activity.add(number, activityBlocks, explanation, countries, organisations);
				activities.add(activity);
			}
			lastTableLine = number;
			afterBreak = false;
		}

		/**
		 * An action-area row: one numbered, non-component cell and nothing else ("1.
		 * GOVERNANCE ...").
		 */
		private boolean readActionArea(int number, List<String> cells, List<String> texts, boolean withoutTabs) {
			String only = null;
			for (String text : texts) {
				if (!text.isEmpty()) {
					if (only != null) {
						return false;
					}
					only = text;
				}
			}
			if (only == null || COMPONENT.matcher(only).matches()) {
				return false;
			}
			Matcher matcher = ACTION_AREA.matcher(only);
			if (!matcher.matches() || withoutTabs && !looksLikeHeading(cells.get(0), matcher.group(3))) {
				return false;
			}
			actionArea = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
			String title = matcher.group(3).strip();
			objectives.add(new ParsedObjective(actionArea, title, title, ObjectiveScope.ACTION_AREA, null, null,
					LineSpan.of(number)));
			component = null;
			componentsInArea = 0;
			activity = null;
			lastTableLine = number;
			return true;
		}

		private static boolean looksLikeHeading(String raw, String title) {
			if (raw.contains("<b>") || raw.contains("**") || raw.contains("<strong>")) {
				return true;
			}
			long letters = title.codePoints().filter(Character::isLetter).count();
			long upper = title.codePoints().filter(Character::isUpperCase).count();
			return letters > 0 && upper * 10 >= letters * 7;
		}

		private void startComponent(int number, String code, String text) {
			// "2.1" belongs to area "2" even when the row naming area 2 is missing; under
			// "II. DATA" it belongs to "II"
			String prefix = code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : null;
			boolean romanArea = actionArea != null && !Character.isDigit(actionArea.charAt(0));
			String parent = romanArea || prefix == null ? actionArea : prefix;
			component = new ParsedObjective(code, text, text, ObjectiveScope.COMPONENT, null, parent,
					LineSpan.of(number));
			objectives.add(component);
			componentsInArea++;
			activity = null;
		}

		private void continueComponent(int number, String more) {
			String text = (component.text() + " " + more).strip();
			ParsedObjective continued = new ParsedObjective(component.code(), text, text, component.scope(), null,
					component.parentCode(), component.lines().union(LineSpan.of(number)));
			objectives.set(objectives.indexOf(component), continued);
			component = continued;
		}

		private String nextComponentCode() {
			return actionArea != null ? actionArea + "." + (componentsInArea + 1) : "C" + (componentsInArea + 1);
		}

		private String uniqueCode(String code) {
			String unique = code;
			for (int n = 2; !codes.add(unique); n++) {
				unique = code + n;
			}
			return unique;
		}

		private void markTable(int number) {
			if (firstTableLine == 0) {
				firstTableLine = number;
			}
			lastTableLine = Math.max(lastTableLine, number);
		}

		private boolean endsOpen(String title) {
			if (title.isEmpty()) {
				return false;
			}
			char last = title.charAt(title.length() - 1);
			if (last == ',' || last == '-' || last == '–' || last == '/') {
				return true;
			}
			List<String> words = NameKey.tokens(title);
			return !words.isEmpty() && CellText.stopsMidSentence(title)
					&& OPEN_ENDINGS.contains(words.get(words.size() - 1));
		}

		private ParsedActionItem item(ActivityDraft draft, String area, List<ParsedGroup> groups) {
			List<String> groupNames = groups.stream().map(ParsedGroup::name).toList();
			PartyList countries = parties.readInterestedCountries(draft.countries(), groupNames);
			PartyList organisations = parties.readInterestedOrganisations(draft.organisations(), groupNames,
					OrganisationKind.INTERNATIONAL_ORGANISATION);
			for (String problem : countries.problems()) {
				warnings.add(ParseWarning.at(draft.lines(), "activity " + draft.code() + ": " + problem));
			}
			for (String problem : organisations.problems()) {
				warnings.add(ParseWarning.at(draft.lines(), "activity " + draft.code() + ": " + problem));
			}
			List<ParsedParty> participants = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			for (ParsedParty party : countries.parties()) {
				if (seen.add(party.isCountry() ? "country:" + party.countryCode() : "org:" + party.organisation())) {
					participants.add(party);
				}
			}
			for (ParsedParty party : organisations.parties()) {
				if (seen.add(party.isCountry() ? "country:" + party.countryCode() : "org:" + party.organisation())) {
					participants.add(party);
				}
			}
			String title = draft.title();
			if (title.isEmpty() && !draft.explanationBlocks().isEmpty()) {
				title = draft.explanationBlocks().get(0);
			}
			catalogue.scan(title);
			catalogue.scan(draft.description());
			var deadline = DateWording.findDeadline(title + "\n" + draft.description()).orElse(null);
			return new ParsedActionItem(draft.code(), title, draft.description(), ActionItemCategory.ACTIVITY, null,
					draft.objectiveCode(), area, participants, deadline, draft.lines());
		}

		/**
		 * The groups the footnotes define, each named as the table's organisation (or
		 * countries) column spells it ("SCALAC members" for a footnote that says "SCALAC
		 * Members are: ..."); the first definition of a name wins.
		 */
		private List<ParsedGroup> groups() {
			List<ParsedGroup> groups = new ArrayList<>();
			String mentions = String.join("\n",
					activities.stream().flatMap(a -> Stream.of(a.organisations(), a.countries())).toList());
			String folded = mentions.toLowerCase(Locale.ROOT);
			Set<String> defined = new LinkedHashSet<>();
			for (Footnote footnote : footnotes) {
				Optional<ParsedGroup> group = GroupDefinition.read(footnote.text(), footnote.lines(), parties,
						context.organisations(), warnings);
				if (group.isEmpty() || !defined.add(NameKey.of(group.get().name()))) {
					continue;
				}
				String name = group.get().name();
				int at = folded.indexOf(name.toLowerCase(Locale.ROOT));
				if (at >= 0 && folded.length() == mentions.length()) {
					name = mentions.substring(at, at + name.length());
				}
				groups.add(new ParsedGroup(name, group.get().members(), group.get().lines()));
			}
			return groups;
		}

		/**
		 * Footnotes that name the civil-society organisations heard: each becomes a known
		 * organisation, and an actor of the dialogue's area, since their inputs shaped
		 * the takeaways.
		 */
		private List<ParsedParty> readCivilSocietyFootnotes() {
			List<ParsedParty> heard = new ArrayList<>();
			for (Footnote footnote : footnotes) {
				String text = footnote.text();
				String key = " " + NameKey.of(text) + " ";
				boolean civilSociety = CIVIL_SOCIETY_WORDS.stream().anyMatch(word -> key.contains(" " + word + " "));
				int colon = text.indexOf(':');
				if (!civilSociety || colon < 0) {
					continue;
				}
				String list = firstSentence(text.substring(colon + 1));
				for (ParsedParty party : parties
					.readMembers(list, ParticipantRole.ACTOR, OrganisationKind.CIVIL_SOCIETY)
					.parties()) {
					if (!party.isCountry()) {
						heard.add(ParsedParty.organisation(party.organisation(), ParticipantRole.ACTOR,
								"civil-society organisation heard (footnote " + footnote.number() + ")"));
					}
				}
			}
			return heard;
		}

		private static String firstSentence(String text) {
			String sentence = Sentences.first(text);
			return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
		}

		private List<ParsedMembership> memberships() {
			Map<String, ParsedMembership> byCountry = new LinkedHashMap<>();
			for (Footnote footnote : footnotes) {
				for (ParsedMembership member : MembershipStatementReader.read(footnote.text(), footnote.lines(),
						context.countries())) {
					byCountry.putIfAbsent(member.countryCode(), member);
				}
			}
			for (int i = 0; i < introTexts.size(); i++) {
				for (ParsedMembership member : MembershipStatementReader.read(introTexts.get(i),
						LineSpan.of(introLines.get(i)), context.countries())) {
					byCountry.putIfAbsent(member.countryCode(), member);
				}
			}
			return List.copyOf(byCountry.values());
		}

		private ParsedDialogue dialogue() {
			Optional<ParsedDialogue> found = DialogueSentence.find(introTexts, introLines, context.countries());
			if (found.isPresent()) {
				return found.get();
			}
			String title = heading != null ? heading : "Operational takeaways";
			return new ParsedDialogue(title, DialogueKind.OTHER, null, null, null, null, List.of(), null,
					LineSpan.of(headingLine > 0 ? headingLine : Math.max(1, firstTableLine)));
		}

		/**
		 * The policy area the heading names ("Operational takeaways on AI"), else the
		 * dialogue's.
		 */
		private String policyArea() {
			for (String candidate : new String[] { heading,
					DialogueSentence.find(introTexts, introLines, context.countries())
						.map(ParsedDialogue::title)
						.orElse(null) }) {
				String area = areaAfterPreposition(candidate);
				if (area != null) {
					return PolicyAreaNames.canonical(area);
				}
			}
			warnings.add(ParseWarning.at(Math.max(1, headingLine),
					"expected a heading that names the policy area ('Operational takeaways on AI') but found "
							+ (heading == null ? "no heading" : "'" + heading + "'")));
			return null;
		}

		private static String areaAfterPreposition(String title) {
			if (title == null) {
				return null;
			}
			String padded = " " + title.strip() + " ";
			String lower = padded.toLowerCase(Locale.ROOT);
			for (String preposition : AREA_PREPOSITIONS) {
				int at = lower.indexOf(preposition);
				if (at >= 0) {
					String area = padded.substring(at + preposition.length()).strip();
					return area.isEmpty() ? null : area;
				}
			}
			return null;
		}

		private static String cell(List<String> texts, Map<TableColumn, Integer> at, TableColumn column) {
			Integer index = at.get(column);
			return index == null || index >= texts.size() ? "" : texts.get(index);
		}

		private static List<String> blocks(List<List<String>> blocks, Map<TableColumn, Integer> at,
				TableColumn column) {
			Integer index = at.get(column);
			return index == null || index >= blocks.size() ? List.of() : blocks.get(index);
		}

		private static String withoutCarriageReturn(String line) {
			return line.indexOf('\r') >= 0 ? line.replace("\r", "") : line;
		}

	}

	/** "a", "b", ..., "z", "aa", "ab", ...: the letters activities are numbered with. */
	static String letters(int index) {
		StringBuilder letters = new StringBuilder();
		int n = index;
		do {
			letters.insert(0, (char) ('a' + n % 26));
			n = n / 26 - 1;
		}
		while (n >= 0);
		return letters.toString();
	}

}
