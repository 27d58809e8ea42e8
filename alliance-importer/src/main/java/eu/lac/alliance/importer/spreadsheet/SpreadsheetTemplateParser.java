package eu.lac.alliance.importer.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.Deadline;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.DialogueKinds;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.LayoutParser;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.document.PolicyAreaNames;
import eu.lac.alliance.importer.document.ReadingPosition;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.party.OrganisationCatalogue;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.text.DateWording;

/**
 * Reads a filled spreadsheet template (CSV, or XLSX turned into CSV by the decoder) into
 * the same {@link ParsedDocument} as any layout, so preview and import work unchanged.
 * Recognised by its header row, never by the file name. Every cell is text: a cell
 * starting with "=", "+", "-" or "@" is read as written, never as a formula. A row that
 * cannot be used is a warning naming its line (the spreadsheet's row number); a file that
 * names two dialogues is refused.
 */
public final class SpreadsheetTemplateParser implements LayoutParser {

	private static final char[] DELIMITERS = { ',', ';', '\t' };

	private static final int MOST_HEADER_CHARACTERS = 2_000;

	/** "Chile (Ministry of Science)": a country with its agency. */
	private static final Pattern WITH_AGENCY = Pattern.compile("^(.+?)\\s*\\((.+)\\)$");

	private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(\\d{1,2})$");

	private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

	@Override
	public Layout layout() {
		return Layout.SPREADSHEET_TEMPLATE;
	}

	@Override
	public int recognise(SourceText text) {
		return header(text).isPresent() ? 1000 : 0;
	}

	/** The header row: its line, delimiter and columns, when the text is the template. */
	private static Optional<Header> header(SourceText text) {
		for (int line = 1; line <= text.lineCount(); line++) {
			String first = text.line(line);
			if (first.isBlank()) {
				continue;
			}
			if (first.length() > MOST_HEADER_CHARACTERS) {
				// a header row is short; a long first line is some other document's text
				return Optional.empty();
			}
			for (char delimiter : DELIMITERS) {
				Map<TemplateColumn, Integer> columns = new EnumMap<>(TemplateColumn.class);
				String[] cells = first.split(Pattern.quote(String.valueOf(delimiter)), -1);
				for (int c = 0; c < cells.length; c++) {
					int index = c;
					TemplateColumn.of(cells[c].replace("\"", ""))
						.ifPresent(column -> columns.putIfAbsent(column, index));
				}
				if (columns.containsKey(TemplateColumn.DIALOGUE) && columns.containsKey(TemplateColumn.CODE)
						&& columns.containsKey(TemplateColumn.TITLE)) {
					return Optional.of(new Header(line, delimiter, columns));
				}
			}
			return Optional.empty();
		}
		return Optional.empty();
	}

	private record Header(int line, char delimiter, Map<TemplateColumn, Integer> columns) {
	}

	@Override
	public ParsedDocument read(SourceText text, ParseContext context, ReadingPosition position) {
		Header header = header(text)
			.orElseThrow(() -> new ParseFailure(text.fileName(), 1, "expected the template's header row ("
					+ String.join(", ", SpreadsheetTemplate.headers()) + ") but found '" + text.line(1) + "'"));
		return new Reading(text, context, header, position).read();
	}

	/** One reading of one file. */
	private static final class Reading {

		private final SourceText text;

		private final ParseContext context;

		private final Header header;

		private final ReadingPosition position;

		private final List<ParseWarning> warnings = new ArrayList<>();

		private final OrganisationCatalogue catalogue;

		private final Map<String, LineSpan> areas = new LinkedHashMap<>();

		private final List<ParsedActionItem> items = new ArrayList<>();

		private final Set<String> codes = new LinkedHashSet<>();

		private String dialogueTitle;

		private int dialogueLine;

		private PartialDate start;

		private PartialDate end;

		private String city;

		private String country;

		Reading(SourceText text, ParseContext context, Header header, ReadingPosition position) {
			this.text = text;
			this.context = context;
			this.header = header;
			this.position = position;
			this.catalogue = new OrganisationCatalogue(context.organisations());
		}

		ParsedDocument read() {
			String body = String.join("\n", text.lines().subList(header.line(), text.lineCount()));
			CSVFormat format = CSVFormat.RFC4180.builder()
				.setDelimiter(header.delimiter())
				.setIgnoreEmptyLines(false)
				.get();
			List<Row> rows = new ArrayList<>();
			try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
				long before = 0;
				for (CSVRecord record : parser) {
					long after = parser.getCurrentLineNumber();
					int first = header.line() + (int) before + 1;
					int last = Math.max(first, header.line() + (int) after);
					rows.add(new Row(record, new LineSpan(first, last)));
					before = after;
				}
			}
			catch (IOException | RuntimeException ex) {
				throw new ParseFailure(text.fileName(), header.line(),
						"expected comma-separated rows but found " + ex.getMessage());
			}
			for (Row row : rows) {
				if (row.isBlank()) {
					continue;
				}
				position.at(row.lines().first());
				dialogue(row);
				item(row);
			}
			if (dialogueTitle == null) {
				throw new ParseFailure(text.fileName(), header.line(), "expected the dialogue's title in the column '"
						+ TemplateColumn.DIALOGUE.header() + "' of at least one row but found none");
			}
			List<ParsedActionItem> checked = withKnownParents();
			List<ParsedPolicyArea> policyAreas = areas.entrySet()
				.stream()
				.map(area -> new ParsedPolicyArea(area.getKey(), null, List.of(), List.of(), area.getValue()))
				.toList();
			ParsedDialogue dialogue = new ParsedDialogue(dialogueTitle,
					DialogueKinds.stated(dialogueTitle).orElse(DialogueKind.OTHER), start, end == null ? start : end,
					city, country, List.of(), null, LineSpan.of(dialogueLine));
			return new ParsedDocument(text.fileName(), text.contentHash(), Layout.SPREADSHEET_TEMPLATE, dialogue,
					policyAreas, List.of(), checked, List.of(), catalogue.organisations(), List.of(), warnings);
		}

		private void dialogue(Row row) {
			String title = row.get(TemplateColumn.DIALOGUE);
			if (!title.isEmpty()) {
				if (dialogueTitle == null) {
					dialogueTitle = title;
					dialogueLine = row.lines().first();
				}
				else if (!dialogueTitle.equals(title)) {
					throw new ParseFailure(text.fileName(), row.lines().first(),
							"expected every row to name the dialogue '" + dialogueTitle
									+ "' (one dialogue per file) but found '" + title + "'");
				}
			}
			start = dialogueFact(start, date(row, TemplateColumn.DIALOGUE_START), row, TemplateColumn.DIALOGUE_START);
			end = dialogueFact(end, date(row, TemplateColumn.DIALOGUE_END), row, TemplateColumn.DIALOGUE_END);
			String cityCell = row.get(TemplateColumn.DIALOGUE_CITY);
			city = dialogueFact(city, cityCell.isEmpty() ? null : cityCell, row, TemplateColumn.DIALOGUE_CITY);
			String countryCell = row.get(TemplateColumn.DIALOGUE_COUNTRY);
			String code = null;
			if (!countryCell.isEmpty()) {
				code = country(countryCell).map(Country::getCode).orElse(null);
				if (code == null) {
					warn(row, "expected a country in '" + TemplateColumn.DIALOGUE_COUNTRY.header() + "' but found '"
							+ countryCell + "'; left out");
				}
			}
			country = dialogueFact(country, code, row, TemplateColumn.DIALOGUE_COUNTRY);
		}

		/** The first value given wins; a different one later is a warning. */
		private <T> T dialogueFact(T known, T given, Row row, TemplateColumn column) {
			if (given == null) {
				return known;
			}
			if (known != null && !known.equals(given)) {
				warn(row, "'" + column.header() + "' is '" + given + "' here but '" + known
						+ "' on an earlier row; the earlier value is kept");
				return known;
			}
			return given;
		}

		private PartialDate date(Row row, TemplateColumn column) {
			String cell = row.get(column);
			if (cell.isEmpty()) {
				return null;
			}
			try {
				return PartialDate.day(LocalDate.parse(cell));
			}
			catch (DateTimeParseException ex) {
				Matcher month = YEAR_MONTH.matcher(cell);
				if (month.matches() && Integer.parseInt(month.group(2)) >= 1
						&& Integer.parseInt(month.group(2)) <= 12) {
					return PartialDate.month(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
				}
				Matcher year = YEAR.matcher(cell);
				if (year.matches()) {
					return PartialDate.year(Integer.parseInt(year.group(1)));
				}
				var stated = DateWording.findEventDates(cell);
				if (stated.isPresent()) {
					return column == TemplateColumn.DIALOGUE_END ? stated.get().end() : stated.get().start();
				}
				warn(row, "expected a date such as 2025-06-12 in '" + column.header() + "' but found '" + cell
						+ "'; left out");
				return null;
			}
		}

		private void item(Row row) {
			String title = row.get(TemplateColumn.TITLE);
			String code = row.get(TemplateColumn.CODE);
			if (title.isEmpty()) {
				if (!code.isEmpty() || !row.get(TemplateColumn.DESCRIPTION).isEmpty()) {
					warn(row, "expected a title in '" + TemplateColumn.TITLE.header()
							+ "' but found none; the row is left out");
				}
				return;
			}
			if (code.isEmpty()) {
				code = "R" + row.lines().first();
				warn(row, "expected a code in '" + TemplateColumn.CODE.header() + "' but found none; the item is coded "
						+ code);
			}
			if (!codes.add(code)) {
				warn(row, "the code '" + code + "' is used by an earlier row; this row is left out");
				return;
			}
			String area = row.get(TemplateColumn.POLICY_AREA);
			String policyArea = area.isEmpty() ? null : PolicyAreaNames.canonical(area);
			if (policyArea != null) {
				areas.putIfAbsent(policyArea, row.lines());
			}
			String description = row.get(TemplateColumn.DESCRIPTION);
			List<ParsedParty> participants = new ArrayList<>();
			countries(row, TemplateColumn.CO_LEAD_COUNTRIES, ParticipantRole.CO_LEAD, participants);
			countries(row, TemplateColumn.INTERESTED_COUNTRIES, ParticipantRole.INTERESTED, participants);
			organisations(row, TemplateColumn.CO_LEAD_ORGANISATIONS, ParticipantRole.CO_LEAD, participants);
			organisations(row, TemplateColumn.INTERESTED_ORGANISATIONS, ParticipantRole.INTERESTED, participants);
			catalogue.scan(title + "\n" + description);
			String parent = row.get(TemplateColumn.PARENT_CODE);
			items.add(new ParsedActionItem(code, title, description.isEmpty() ? title : description,
					ActionItemCategory.ACTIVITY, parent.isEmpty() ? null : parent, null, policyArea, participants,
					deadline(row), row.lines()));
		}

		private Deadline deadline(Row row) {
			String cell = row.get(TemplateColumn.DEADLINE);
			if (cell.isEmpty()) {
				return null;
			}
			try {
				return new Deadline(LocalDate.parse(cell), cell);
			}
			catch (DateTimeParseException ex) {
				Optional<Deadline> stated = DateWording.findDeadline(cell)
					.or(() -> DateWording.findDeadline("by " + cell));
				if (stated.isEmpty()) {
					warn(row, "expected a deadline such as 2025-06-30 or 'Q2 2025' in '"
							+ TemplateColumn.DEADLINE.header() + "' but found '" + cell + "'; kept as wording only");
					return new Deadline(null, cell);
				}
				return new Deadline(stated.get().dueOn(), cell);
			}
		}

		private void countries(Row row, TemplateColumn column, ParticipantRole role, List<ParsedParty> participants) {
			for (String entry : row.list(column)) {
				String name = entry;
				List<String> agencies = List.of();
				Matcher withAgency = WITH_AGENCY.matcher(entry);
				if (withAgency.matches() && country(withAgency.group(1)).isPresent()) {
					name = withAgency.group(1);
					agencies = List.of(withAgency.group(2).split("\\s*,\\s*"));
				}
				Optional<Country> found = country(name);
				if (found.isEmpty()) {
					warn(row, "expected a country in '" + column.header() + "' but found '" + entry + "'; left out");
					continue;
				}
				participants.add(ParsedParty.country(found.get().getCode(), role, agencies, entry));
			}
		}

		private void organisations(Row row, TemplateColumn column, ParticipantRole role,
				List<ParsedParty> participants) {
			for (String entry : row.list(column)) {
				String name = catalogue.mention(entry, OrganisationKind.OTHER, null);
				participants.add(ParsedParty.organisation(name, role, entry));
			}
		}

		private Optional<Country> country(String name) {
			String stripped = name.strip();
			if (stripped.length() == 2 && stripped.chars().allMatch(Character::isLetter)) {
				Optional<Country> byCode = context.countries().byCode(stripped.toUpperCase(java.util.Locale.ROOT));
				if (byCode.isPresent()) {
					return byCode;
				}
			}
			return context.countries().find(stripped);
		}

		/**
		 * A parent code must be the code of another row; otherwise it is dropped, with a
		 * warning.
		 */
		private List<ParsedActionItem> withKnownParents() {
			List<ParsedActionItem> checked = new ArrayList<>();
			for (ParsedActionItem item : items) {
				if (item.parentCode() != null
						&& (!codes.contains(item.parentCode()) || item.parentCode().equals(item.code()))) {
					warnings.add(ParseWarning.at(item.lines(),
							"expected the code of another row in '" + TemplateColumn.PARENT_CODE.header()
									+ "' but found '" + item.parentCode() + "'; left out"));
					checked.add(new ParsedActionItem(item.code(), item.title(), item.description(), item.category(),
							null, item.objectiveCode(), item.policyArea(), item.participants(), item.deadline(),
							item.lines()));
				}
				else {
					checked.add(item);
				}
			}
			return checked;
		}

		private void warn(Row row, String message) {
			warnings.add(ParseWarning.at(row.lines(), message));
		}

		/** One row with the lines it was read from. */
		private final class Row {

			private final CSVRecord record;

			private final LineSpan lines;

			Row(CSVRecord record, LineSpan lines) {
				this.record = record;
				this.lines = lines;
			}

			LineSpan lines() {
				return lines;
			}

			boolean isBlank() {
				return record.stream().allMatch(String::isBlank);
			}

			/** A cell, stripped; a cell is text whatever it starts with. */
			String get(TemplateColumn column) {
				Integer index = header.columns().get(column);
				if (index == null || index >= record.size()) {
					return "";
				}
				return record.get(index).strip().replaceAll("\\s+", " ");
			}

			/** A cell's list, split at ';'. */
			List<String> list(TemplateColumn column) {
				String cell = get(column);
				if (cell.isEmpty()) {
					return List.of();
				}
				return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
			}

		}

	}

}
