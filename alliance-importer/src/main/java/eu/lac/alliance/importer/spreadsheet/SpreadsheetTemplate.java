package eu.lac.alliance.importer.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet an admin fills in when a document is in no layout the importer knows:
 * one row per action item, with the dialogue repeated (or given on the first row only) in
 * its own columns. Served by the portal as CSV and XLSX; a filled copy is imported
 * through the same preview and import as any document
 * ({@link SpreadsheetTemplateParser}).
 */
public final class SpreadsheetTemplate {

	/** What each column holds, for the XLSX's second sheet. */
	private static final List<String> HELP = List.of(
			"The dialogue's title (the same on every row; one dialogue per file)",
			"First day, as 2025-06-12 (or 2025-06 or 2025)", "Last day, as 2025-06-13", "City where it took place",
			"Country where it took place (name or ISO code)",
			"Policy area of the item (e.g. Cybersecurity); may stay empty",
			"The item's code, unique in the file (e.g. 1, 1.a, CYB-1)",
			"Code of the item this one belongs to, or empty", "One line that names the item", "What the item is about",
			"When it is due: 2025-06-30, Q2 2025, by June 2025",
			"Countries that co-lead it, separated by ';' (e.g. Chile; Spain (AECID))",
			"Countries interested in it, separated by ';'", "Organisations that co-lead it, separated by ';'",
			"Organisations interested in it, separated by ';'");

	private SpreadsheetTemplate() {
	}

	/** The header row, in the template's order. */
	public static List<String> headers() {
		return Arrays.stream(TemplateColumn.values()).map(TemplateColumn::header).toList();
	}

	/**
	 * The template as CSV (UTF-8 with a byte-order mark, so that Excel shows accents).
	 */
	public static byte[] csv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			csv.printRecord(headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The template as an Excel workbook: the header row, and a sheet that explains it.
	 */
	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet items = workbook.createSheet("Items");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = items.createRow(0);
			List<String> headers = headers();
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
				header.getCell(c).setCellStyle(bold);
				items.setColumnWidth(c, 24 * 256);
			}
			items.createFreezePane(0, 1);
			Sheet help = workbook.createSheet("Help");
			for (int c = 0; c < headers.size(); c++) {
				Row row = help.createRow(c);
				row.createCell(0).setCellValue(headers.get(c));
				row.createCell(1).setCellValue(HELP.get(c));
			}
			help.setColumnWidth(0, 28 * 256);
			help.setColumnWidth(1, 90 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
