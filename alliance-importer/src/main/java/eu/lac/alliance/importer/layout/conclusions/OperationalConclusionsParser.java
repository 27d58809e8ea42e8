package eu.lac.alliance.importer.layout.conclusions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.dialogue.DialogueKind;
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
import eu.lac.alliance.importer.layout.conclusions.LabelRows.Value;
import eu.lac.alliance.importer.layout.conclusions.ValuePieces.Piece;
import eu.lac.alliance.importer.party.MembershipStatementReader;
import eu.lac.alliance.importer.party.OrganisationCatalogue;
import eu.lac.alliance.importer.party.PartyList;
import eu.lac.alliance.importer.party.PartyListReader;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedMembership;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.result.ParsedText;
import eu.lac.alliance.importer.text.DateRange;
import eu.lac.alliance.importer.text.DateWording;
import eu.lac.alliance.importer.text.HtmlText;
import eu.lac.alliance.importer.text.Numbering;

/**
 * Reads operational conclusions: one block per policy area, a heading line and then
 * tab-separated label/value rows (objective, main challenges, cooperation opportunities,
 * next steps, co-leads), where every opportunity and next step becomes an action item the
 * block's co-leads can report progress on.
 */
public final class OperationalConclusionsParser implements LayoutParser {

	private static final List<String> TITLE_WORDS = List.of("operational conclusions", "conclusiones operativas",
			"conclusoes operacionais", "conclusoes operativas");

	private static final Pattern RULE = Pattern.compile("^\\s*+(?:[-_*=]\\s*+){3,}$");

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"^\\s*+(?:(?:page|p[aá]gina|p\\.)\\s*+)?\\d{1,4}(?:\\s*+(?:of|de|/)\\s*+\\d{1,4})?\\s*+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s++");

	/**
	 * A label and its value without a tab between them: "Next steps: ..." or "Co-leads
	 * Chile, ...".
	 */
	private static final Pattern ROW_WITHOUT_TAB = Pattern
		.compile("^\\s*+([^\\t:]{2,80}?)(?:\\s*+:\\s++|\\s{2,}+)(\\S.*)$");

	private static final int LONGEST_HEADING = 100;

	/** Longer text before a colon is a sentence, not a label. */
	private static final int LONGEST_UNKNOWN_LABEL_IN_WORDS = 5;

	private static final int MOST_HEADING_WORDS = 12;

	private static final Set<String> LIST_ENDINGS = Set.of("and", "with", "via", "y", "con", "e", "com", "through", "&",
			"de");

	@Override
	public Layout layout() {
		return Layout.OPERATIONAL_CONCLUSIONS;
	}

	@Override
	public int recognise(SourceText text) {
		Set<ConclusionLabel> labels = EnumSet.noneOf(ConclusionLabel.class);
		boolean title = false;
		int nonBlank = 0;
		for (String line : text.lines()) {
			if (line.isBlank()) {
				continue;
			}
			if (nonBlank++ < 5 && line.length() < 200) {
				String key = NameKey.of(line);
				title |= TITLE_WORDS.stream().anyMatch(key::contains);
			}
			int tab = line.indexOf('\t');
			if (tab > 0) {
				ConclusionLabel.of(line.substring(0, tab)).ifPresent(labels::add);
			}
		}
		int score = labels.size() >= 3 ? 20 + 10 * labels.size() : 0;
		return score + (title ? 20 : 0);
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

		private final List<LabelRows> blocks = new ArrayList<>();

		private final List<String> prose = new ArrayList<>();

		private final List<Integer> proseLines = new ArrayList<>();

		private final Map<String, Integer> itemsByCode = new HashMap<>();

		private String title;

		private int titleLine;

		private LabelRows block;

		private ConclusionLabel label;

		private boolean previousBlank = true;

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
				String line = source.line(number);
				readLine(number, line.indexOf('\r') >= 0 ? line.replace("\r", "") : line);
			}
			if (block == null) {
				throw new ParseFailure(source.fileName(), 0,
						"expected a policy area heading followed by label/value rows (" + labelExamples()
								+ ") but found none");
			}
			requireRows(block, "the end of the document", source.lineCount());
			List<ParsedPolicyArea> areas = new ArrayList<>();
			List<ParsedActionItem> items = new ArrayList<>();
			for (LabelRows rows : blocks) {
				readBlock(rows, areas, items);
			}
			prose.forEach(catalogue::scan);
			return new ParsedDocument(source.fileName(), source.contentHash(), Layout.OPERATIONAL_CONCLUSIONS,
					dialogue(), areas, List.of(), items, memberships(), catalogue.organisations(), List.of(), warnings);
		}

		private void readLine(int number, String raw) {
			if (raw.isBlank() || RULE.matcher(raw).matches() || PAGE_NUMBER.matcher(raw).matches()) {
				previousBlank = true;
				return;
			}
			int tab = raw.indexOf('\t');
			if (tab >= 0) {
				readRow(number, raw.substring(0, tab), raw.substring(tab + 1));
				previousBlank = false;
				return;
			}
			String plain = plain(MARKDOWN_HEADING.matcher(raw).replaceFirst(""));
			if (plain.isEmpty()) {
				previousBlank = true;
				return;
			}
			if (block != null) {
				Matcher row = ROW_WITHOUT_TAB.matcher(raw);
				if (row.matches() && startsLikeALabel(row.group(1)) && ConclusionLabel.of(row.group(1)).isPresent()) {
					readRow(number, row.group(1), row.group(2));
					previousBlank = false;
					return;
				}
				if (startsLikeALabel(plain) && !plain.endsWith(".") && ConclusionLabel.of(plain).isPresent()) {
					// a label alone on its line, its value on the continuation rows below
					readRow(number, plain, "");
					previousBlank = false;
					return;
				}
				if (row.matches() && looksLikeAnUnknownLabel(raw, row.group(1))) {
					// "Perspetivas de cooperação: ...": a row in the shape of a label,
					// never
					// the wrapped text of the row above
					readRow(number, row.group(1), row.group(2));
					previousBlank = false;
					return;
				}
			}
			if (title == null && block == null && (isTitle(plain) || nextNonBlankHasNoTab(number))) {
				title = plain;
				titleLine = number;
			}
			else if (block != null && !block.hasRows()) {
				requireRows(block, "'" + plain + "'", number);
			}
			else if (looksLikeHeading(plain)
					&& (block == null ? nextNonBlankIsRow(number) || PolicyAreaNames.isKnown(headingName(plain))
							: previousBlank || nextNonBlankIsLabelRow(number))) {
				blocks.add(block = new LabelRows(headingName(plain), number));
				label = null;
			}
			else if (block != null && label != null) {
				block.add(label, plain, number, true);
			}
			else {
				if (block != null) {
					warnings.add(ParseWarning.at(number,
							"expected a policy area heading or a label/value row but found '" + shorten(plain) + "'"));
				}
				prose.add(plain);
				proseLines.add(number);
			}
			previousBlank = false;
		}

		private void readRow(int number, String labelCell, String valueCells) {
			String labelText = plain(labelCell);
			String value = plain(bulletsMarked(valueCells));
			if (block == null) {
				throw new ParseFailure(source.fileName(), number,
						"expected a policy area heading before the label/value rows but found '"
								+ shorten((labelText + " " + value).strip()) + "'");
			}
			block.countRow(number);
			if (labelText.isEmpty()) {
				if (label != null) {
					block.add(label, value, number, true);
				}
				// else: the continuation of a row whose label was not understood, left
				// out
				// with that row and its warning
				return;
			}
			Optional<ConclusionLabel> known = ConclusionLabel.of(labelText);
			if (known.isEmpty()) {
				known = ConclusionLabel.closest(labelText);
				if (known.isPresent()) {
					warnings.add(ParseWarning.at(number, "expected a label such as '" + known.get().example()
							+ "' but found '" + shorten(labelText) + "'; read it as '" + known.get().example() + "'"));
				}
				else {
					warnings.add(ParseWarning.at(number, "expected a label (" + labelExamples() + ") but found '"
							+ shorten(labelText) + "'; its row is left out"));
				}
			}
			label = known.orElse(null);
			if (label != null) {
				block.add(label, value, number, false);
			}
		}

		private void requireRows(LabelRows rows, String found, int line) {
			if (!rows.hasRows()) {
				throw new ParseFailure(source.fileName(), line, "expected label/value rows under policy area '"
						+ rows.heading() + "' (line " + rows.headingLine() + ") but found " + found);
			}
		}

		private void readBlock(LabelRows rows, List<ParsedPolicyArea> areas, List<ParsedActionItem> items) {
			String area = PolicyAreaNames.canonical(rows.heading());
			String areaCode = PolicyAreaNames.code(rows.heading());
			List<Value> objectives = rows.values(ConclusionLabel.OBJECTIVE);
			String objective = objectives.isEmpty() ? null
					: String.join(" ", objectives.stream().map(Value::text).toList());
			List<ParsedParty> coLeads = coLeads(rows.values(ConclusionLabel.CO_LEADS));
			List<ParsedText> challenges = new ArrayList<>();
			for (Value value : rows.values(ConclusionLabel.CHALLENGES)) {
				for (String piece : pieces(value.text())) {
					challenges.add(new ParsedText(piece, value.lines()));
				}
			}
			areas.add(new ParsedPolicyArea(area, objective, coLeads, challenges, rows.lines()));
			addItems(rows.values(ConclusionLabel.OPPORTUNITIES), ActionItemCategory.COOPERATION_OPPORTUNITY,
					areaCode + "-O", area, coLeads, items);
			addItems(rows.values(ConclusionLabel.NEXT_STEPS), ActionItemCategory.NEXT_STEP, areaCode + "-N", area,
					coLeads, items);
			if (objective != null) {
				catalogue.scan(objective);
			}
			challenges.forEach(challenge -> catalogue.scan(challenge.text()));
		}

		private List<ParsedParty> coLeads(List<Value> values) {
			if (values.isEmpty()) {
				return List.of();
			}
			StringBuilder joined = new StringBuilder();
			for (Value value : values) {
				String text = value.text();
				if (!joined.isEmpty()) {
					List<String> words = NameKey.tokens(joined.toString());
					boolean open = joined.toString().endsWith(",")
							|| !words.isEmpty() && LIST_ENDINGS.contains(words.get(words.size() - 1))
							|| Character.isLowerCase(text.codePointAt(0));
					joined.append(open ? " " : ", ");
				}
				joined.append(text);
			}
			PartyList list = parties.readCoLeads(joined.toString());
			LineSpan lines = values.get(0).lines().union(values.get(values.size() - 1).lines());
			list.problems().forEach(problem -> warnings.add(ParseWarning.at(lines, "co-leads: " + problem)));
			return list.parties();
		}

		private void addItems(List<Value> values, ActionItemCategory category, String prefix, String area,
				List<ParsedParty> coLeads, List<ParsedActionItem> items) {
			for (Value value : values) {
				for (String numbered : pieces(value.text())) {
					String piece = Numbering.strip(numbered);
					int number = itemsByCode.merge(prefix, 1, Integer::sum);
					String title = ValuePieces.firstSentence(piece);
					catalogue.scan(piece);
					items.add(new ParsedActionItem(prefix + number, title.isEmpty() ? piece : title, piece, category,
							null, null, area, coLeads, DateWording.findDeadline(piece).orElse(null), value.lines()));
				}
			}
		}

		/** One piece per bullet; prose without bullets, one per sentence. */
		private static List<String> pieces(String value) {
			List<String> pieces = new ArrayList<>();
			for (Piece piece : ValuePieces.bullets(value)) {
				if (piece.bullet()) {
					pieces.add(piece.text());
				}
				else {
					pieces.addAll(ValuePieces.sentences(piece.text()));
				}
			}
			return pieces;
		}

		/**
		 * The event: a line outside the rows that names it ("EU-LAC Digital Alliance
		 * Days, Cartagena (Colombia), 27-29 November 2023"), else the document's title
		 * with nothing else known.
		 */
		private ParsedDialogue dialogue() {
			List<String> candidates = new ArrayList<>();
			List<Integer> lines = new ArrayList<>();
			if (title != null) {
				candidates.add(title);
				lines.add(titleLine);
			}
			candidates.addAll(prose);
			lines.addAll(proseLines);
			for (int i = 0; i < candidates.size(); i++) {
				Optional<ParsedDialogue> named = namedEvent(candidates.get(i), LineSpan.of(lines.get(i)));
				if (named.isPresent()) {
					return named.get();
				}
			}
			String fallback = title != null ? title : "Operational conclusions";
			return new ParsedDialogue(fallback, DialogueKinds.of(fallback), null, null, null, null, List.of(), null,
					LineSpan.of(titleLine > 0 ? titleLine : 1));
		}

		private Optional<ParsedDialogue> namedEvent(String line, LineSpan lines) {
			if (!DialogueKinds.namesAnEvent(line)) {
				return Optional.empty();
			}
			String[] segments = line.split("[,–—|:;()]");
			String name = null;
			int nameAt = -1;
			for (int i = 0; i < segments.length && name == null; i++) {
				if (DialogueKinds.namesAnEvent(segments[i])) {
					name = segments[i].strip();
					nameAt = i;
				}
			}
			if (name == null || name.isEmpty()) {
				return Optional.empty();
			}
			String city = null;
			String countryCode = null;
			for (int i = 0; i < segments.length && countryCode == null; i++) {
				var country = i == nameAt ? Optional.<eu.lac.alliance.domain.country.Country>empty()
						: context.countries().find(segments[i].strip());
				if (country.isPresent()) {
					countryCode = country.get().getCode();
					if (i > 0 && i - 1 != nameAt && isPlaceName(segments[i - 1])) {
						city = segments[i - 1].strip();
					}
				}
			}
			Optional<DateRange> dates = DateWording.findEventDates(line);
			return Optional
				.of(new ParsedDialogue(name, DialogueKinds.of(name), dates.map(DateRange::start).orElse(null),
						dates.map(DateRange::end).orElse(null), city, countryCode, List.of(), null, lines));
		}

		private static boolean isPlaceName(String segment) {
			String stripped = segment.strip();
			return !stripped.isEmpty() && stripped.chars().noneMatch(Character::isDigit)
					&& stripped.split("\\s+").length <= 4 && Character.isUpperCase(stripped.codePointAt(0));
		}

		private List<ParsedMembership> memberships() {
			Map<String, ParsedMembership> byCountry = new LinkedHashMap<>();
			for (int i = 0; i < prose.size(); i++) {
				for (ParsedMembership member : MembershipStatementReader.read(prose.get(i),
						LineSpan.of(proseLines.get(i)), context.countries())) {
					byCountry.putIfAbsent(member.countryCode(), member);
				}
			}
			return List.copyOf(byCountry.values());
		}

		private boolean nextNonBlankIsLabelRow(int number) {
			for (int next = number + 1; next <= source.lineCount(); next++) {
				String line = source.line(next);
				if (!line.isBlank()) {
					int tab = line.indexOf('\t');
					return tab > 0 && ConclusionLabel.of(line.substring(0, tab)).isPresent();
				}
			}
			return false;
		}

		private boolean nextNonBlankIsRow(int number) {
			for (int next = number + 1; next <= source.lineCount(); next++) {
				String line = source.line(next);
				if (!line.isBlank()) {
					if (line.indexOf('\t') >= 0) {
						return true;
					}
					Matcher row = ROW_WITHOUT_TAB.matcher(line);
					String alone = plain(line);
					return row.matches() && startsLikeALabel(row.group(1))
							&& ConclusionLabel.of(row.group(1)).isPresent()
							|| startsLikeALabel(alone) && !alone.endsWith(".") && ConclusionLabel.of(alone).isPresent();
				}
			}
			return false;
		}

		private boolean nextNonBlankHasNoTab(int number) {
			for (int next = number + 1; next <= source.lineCount(); next++) {
				String line = source.line(next);
				if (!line.isBlank()) {
					return line.indexOf('\t') < 0;
				}
			}
			return false;
		}

		private static boolean isTitle(String plain) {
			String key = NameKey.of(plain);
			return TITLE_WORDS.stream().anyMatch(key::contains);
		}

		private static boolean looksLikeHeading(String plain) {
			if (plain.length() > LONGEST_HEADING || plain.split("\\s+").length > MOST_HEADING_WORDS) {
				return false;
			}
			char last = plain.charAt(plain.length() - 1);
			char first = plain.charAt(0);
			return ".,;".indexOf(last) < 0 && "-•*–".indexOf(first) < 0;
		}

		/**
		 * A line "Label: value" whose label is short and capitalised reads as a row even
		 * when the label is not one the vocabulary knows, so that it is reported rather
		 * than joined to the row above.
		 */
		private static boolean looksLikeAnUnknownLabel(String raw, String labelCell) {
			String label = labelCell.strip();
			String stripped = raw.strip();
			return startsLikeALabel(label) && stripped.startsWith(label)
					&& stripped.substring(label.length()).stripLeading().startsWith(":")
					&& NameKey.tokens(label).size() <= LONGEST_UNKNOWN_LABEL_IN_WORDS
					&& !PolicyAreaNames.isKnown(label);
		}

		private static boolean startsLikeALabel(String text) {
			String stripped = text.strip();
			return !stripped.isEmpty() && Character.isUpperCase(stripped.codePointAt(0));
		}

		/**
		 * The policy area a heading names, without numbering, emphasis or a closing
		 * colon.
		 */
		private static String headingName(String plain) {
			String name = Numbering.strip(plain).replace("*", "").strip();
			while (name.endsWith(":")) {
				name = name.substring(0, name.length() - 1).strip();
			}
			return name.isEmpty() ? plain : name;
		}

		/**
		 * Marks list items so that "
		 * <li>a</li>
		 * <li>b</li>" still reads as two bullets once tags are gone.
		 */
		private static String bulletsMarked(String cell) {
			return cell.indexOf('<') < 0 ? cell : cell.replaceAll("(?i)<li\\b", "• <li");
		}

		private static String plain(String text) {
			return HtmlText.toText(text.replace('\t', ' '));
		}

		private static String shorten(String text) {
			return text.length() <= 120 ? text : text.substring(0, 117) + "...";
		}

		private static String labelExamples() {
			List<String> examples = new ArrayList<>();
			for (ConclusionLabel known : List.of(ConclusionLabel.OBJECTIVE, ConclusionLabel.CHALLENGES,
					ConclusionLabel.OPPORTUNITIES, ConclusionLabel.NEXT_STEPS, ConclusionLabel.CO_LEADS)) {
				examples.add(known.example());
			}
			return String.join(", ", examples);
		}

	}

}
