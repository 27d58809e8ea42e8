package eu.lac.alliance.importer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.lac.alliance.importer.document.ParseFailure;

/**
 * Reads a filled spreadsheet template saved as XLSX as the CSV text the template's layout
 * parser reads, one CSV line per spreadsheet row, so that row numbers in warnings are the
 * row numbers the admin sees. Formula cells give the value Excel last computed, never the
 * formula; dates are written as ISO dates.
 */
public final class WorkbookText {

	private WorkbookText() {
	}

	/** The first sheet as CSV text. Throws {@link ParseFailure} naming the file. */
	public static String read(String fileName, byte[] bytes, int characterBudget) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
			StringWriter out = new StringWriter();
			try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
				int next = 0;
				for (Row row : sheet) {
					// keep row numbers: empty rows stay empty lines
					for (; next < row.getRowNum(); next++) {
						csv.println();
					}
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						cells.add(value(row.getCell(c), formatter));
					}
					csv.printRecord(cells);
					next = row.getRowNum() + 1;
					if (out.getBuffer().length() > characterBudget) {
						throw new ParseFailure(fileName, row.getRowNum() + 1,
								"expected a spreadsheet of at most " + characterBudget + " characters but found more");
					}
				}
			}
			return out.toString().replace("\r\n", " ").replace('\r', ' ');
		}
		catch (ParseFailure failure) {
			throw failure;
		}
		catch (IOException | RuntimeException ex) {
			String message = String.valueOf(ex.getMessage());
			throw new ParseFailure(fileName, 0,
					"expected a readable XLSX workbook but found " + (message.contains("Zip bomb") ? "a zip bomb"
							: "a damaged one (" + message.lines().findFirst().orElse("") + ")"));
		}
	}

	private static String value(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
			case STRING -> cell.getStringCellValue().replace("\r\n", " ").replace('\n', ' ');
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

}
