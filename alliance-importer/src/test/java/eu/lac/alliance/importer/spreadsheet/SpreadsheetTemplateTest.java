package eu.lac.alliance.importer.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedParty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The spreadsheet template: what the portal serves, and a filled copy (CSV or XLSX) read
 * through the same entry point as any document.
 */
class SpreadsheetTemplateTest {

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	private static final ParseContext CONTEXT = ParseContext.reference();

	private static final List<List<String>> FILLED = List.of(
			List.of("Connectivity dialogue", "2025-06-12", "2025-06-13", "Panama City", "Panama", "Connectivity", "1",
					"", "Map the submarine cables", "Map the cables that land in the region", "Q2 2026",
					"Panama; Spain (AECID)", "Chile; CO", "European Commission", "RedCLARA"),
			List.of("Connectivity dialogue", "", "", "", "", "Connectivity", "1.a", "1", "Caribbean landings", "",
					"2026-03-31", "", "Jamaica", "", ""),
			List.of("", "", "", "", "", "", "2", "", "=HYPERLINK(\"http://evil\")", "-starts with a dash", "", "", "",
					"", ""));

	@Test
	void theCsvTemplateIsItsHeaderRowAndIsRecognisedAsTheTemplate() {
		String csv = new String(SpreadsheetTemplate.csv(), StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFFdialogue,dialogue start,dialogue end,dialogue city,dialogue country,"
				+ "policy area,code,parent code,title,description,deadline,co-lead countries,interested countries,"
				+ "co-lead organisations,interested organisations");
		assertThatThrownBy(() -> READER.read("template.csv", SpreadsheetTemplate.csv(), CONTEXT))
			.isInstanceOf(ParseFailure.class)
			.hasMessageContaining("template.csv, line 1: expected the dialogue's title");
	}

	@Test
	void aFilledCsvTemplateGivesTheDialogueAndItsItemsWithParticipantsAndDeadlines() {
		ParsedDocument parsed = READER.read("filled.csv", csv(FILLED), CONTEXT);

		assertFilled(parsed);
	}

	@Test
	void aFilledXlsxTemplateGivesTheSameAndFormulaCellsAreReadAsTheirValues() throws IOException {
		byte[] xlsx = xlsx(FILLED);

		ParsedDocument parsed = READER.read("filled.xlsx", xlsx, CONTEXT);

		assertFilled(parsed);
	}

	@Test
	void aFormulaInAnXlsxCellGivesItsComputedValueNotTheFormula() throws IOException {
		byte[] bytes;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(FILLED)))) {
			Row row = workbook.getSheetAt(0).getRow(2);
			row.getCell(8).setCellFormula("CONCATENATE(\"Caribbean \",\"landings\")");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			bytes = write(workbook);
		}

		ParsedDocument parsed = READER.read("formula.xlsx", bytes, CONTEXT);

		assertThat(parsed.actionItems().get(1).title()).isEqualTo("Caribbean landings");
	}

	@Test
	void badRowsAreWarningsThatNameTheirLine() {
		List<List<String>> rows = List.of(FILLED.get(0),
				List.of("", "", "", "", "", "", "3", "", "", "no title here", "", "", "", "", ""),
				List.of("", "", "", "", "", "", "4", "9", "Orphan", "", "sometime", "", "Atlantis", "", ""));

		ParsedDocument parsed = READER.read("bad.csv", csv(rows), CONTEXT);

		assertThat(parsed.warningTexts()).contains(
				"line 3: expected a title in 'title' but found none; the row is left out",
				"line 4: expected a deadline such as 2025-06-30 or 'Q2 2025' in 'deadline' but found 'sometime'; kept as wording only",
				"line 4: expected a country in 'interested countries' but found 'Atlantis'; left out",
				"line 4: expected the code of another row in 'parent code' but found '9'; left out");
		assertThat(parsed.actionItems()).extracting(ParsedActionItem::code).containsExactly("1", "4");
	}

	@Test
	void aFileNamingTwoDialoguesIsRefusedAtTheRowThatNamesTheSecond() {
		List<List<String>> rows = List.of(FILLED.get(0),
				List.of("Another dialogue", "", "", "", "", "", "2", "", "Other", "", "", "", "", "", ""));

		assertThatThrownBy(() -> READER.read("two.csv", csv(rows), CONTEXT)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("two.csv, line 3: expected every row to name the dialogue 'Connectivity dialogue'");
	}

	@Test
	void aWorkbookThatIsNotTheTemplateIsRefusedLikeAnyUnknownLayout() throws IOException {
		byte[] bytes;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Budget 2025");
			bytes = write(workbook);
		}

		assertThatThrownBy(() -> READER.read("budget.xlsx", bytes, CONTEXT)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("budget.xlsx, line 1: expected a document in one of the known layouts")
			.hasMessageContaining("'Budget 2025'");
	}

	private static void assertFilled(ParsedDocument parsed) {
		assertThat(parsed.layout()).isEqualTo(Layout.SPREADSHEET_TEMPLATE);
		assertThat(parsed.dialogue().title()).isEqualTo("Connectivity dialogue");
		assertThat(parsed.dialogue().start().date()).isEqualTo(LocalDate.of(2025, 6, 12));
		assertThat(parsed.dialogue().end().date()).isEqualTo(LocalDate.of(2025, 6, 13));
		assertThat(parsed.dialogue().city()).isEqualTo("Panama City");
		assertThat(parsed.dialogue().countryCode()).isEqualTo("PA");
		assertThat(parsed.policyAreas()).extracting(a -> a.name()).containsExactly("Connectivity");
		assertThat(parsed.actionItems()).extracting(ParsedActionItem::code).containsExactly("1", "1.a", "2");
		ParsedActionItem first = parsed.actionItems().get(0);
		assertThat(first.title()).isEqualTo("Map the submarine cables");
		assertThat(first.description()).isEqualTo("Map the cables that land in the region");
		assertThat(first.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(first.deadline().wording()).isEqualTo("Q2 2026");
		assertThat(first.participants()).extracting(SpreadsheetTemplateTest::party)
			.containsExactly("PA CO_LEAD []", "ES CO_LEAD [AECID]", "CL INTERESTED []", "CO INTERESTED []",
					"European Commission CO_LEAD []", "Cooperación Latino Americana de Redes Avanzadas INTERESTED []");
		ParsedActionItem sub = parsed.actionItems().get(1);
		assertThat(sub.parentCode()).isEqualTo("1");
		assertThat(sub.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(sub.participants()).extracting(SpreadsheetTemplateTest::party).containsExactly("JM INTERESTED []");
		ParsedActionItem formula = parsed.actionItems().get(2);
		assertThat(formula.title()).isEqualTo("=HYPERLINK(\"http://evil\")");
		assertThat(formula.description()).isEqualTo("-starts with a dash");
		assertThat(formula.policyArea()).isNull();
		assertThat(parsed.warnings()).isEmpty();
	}

	private static String party(ParsedParty party) {
		return (party.isCountry() ? party.countryCode() : party.organisation()) + " " + party.role() + " "
				+ party.agencies();
	}

	static byte[] csv(List<List<String>> rows) {
		StringBuilder csv = new StringBuilder(String.join(",", SpreadsheetTemplate.headers())).append("\r\n");
		for (List<String> row : rows) {
			csv.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()))
				.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SpreadsheetTemplate.xlsx()))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			return write(workbook);
		}
	}

	private static byte[] write(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
