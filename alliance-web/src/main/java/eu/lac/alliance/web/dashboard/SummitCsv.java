package eu.lac.alliance.web.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.lac.alliance.domain.dashboard.AsOfBasis;
import eu.lac.alliance.domain.dashboard.Standing;
import eu.lac.alliance.domain.dashboard.StatusTally;
import eu.lac.alliance.web.csv.SpreadsheetCell;

/**
 * The summit report's figures as CSV, one row per policy area and per country, with every
 * text cell that a spreadsheet would read as a formula neutralised.
 */
final class SummitCsv {

	static final String[] HEADER = { "kind", "code", "name", "as_of", "basis", "items", "complete", "substantial",
			"limited", "not_started", "withdrawn", "no_report", "completion_percent", "named", "joined", "reported",
			"not_reported", "stale" };

	private SummitCsv() {
	}

	static String of(Standing standing, AsOfBasis basis, Links links) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			String day = standing.day().toString();
			String basisName = basis.name().toLowerCase(java.util.Locale.ROOT);
			for (Standing.Group area : standing.areas()) {
				StatusTally t = area.tally();
				csv.printRecord("policy_area", cell(links.policyAreaSlug(area.name())), cell(area.name()), day,
						basisName, t.items(), t.complete(), t.substantial(), t.limited(), t.notStarted(), t.withdrawn(),
						t.noReport(), percent(t.percent()), "", "", t.reported(), t.noReport(), "");
			}
			for (Standing.CountryFigures country : standing.countries()) {
				csv.printRecord("country", cell(country.code()), cell(country.name()), day, basisName,
						country.items().size(), "", "", "", "", "", "", percent(country.percent()), country.named(),
						country.joined(), country.reported(), country.items().size() - country.reported(),
						country.stale());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** A text cell neutralised by the portal's one CSV-injection rule. */
	static String cell(String text) {
		return SpreadsheetCell.neutralised(text);
	}

	static String fileName(LocalDate day, AsOfBasis basis) {
		return "summit-report-" + day + "-" + basis.name().toLowerCase(java.util.Locale.ROOT) + ".csv";
	}

	private static String percent(Integer percent) {
		return percent == null ? "" : percent.toString();
	}

}
