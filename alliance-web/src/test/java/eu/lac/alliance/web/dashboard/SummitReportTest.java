package eu.lac.alliance.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.CurrentStatusTables;
import eu.lac.alliance.web.PortalTest;
import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * The printable summit report and its CSV: the same figures, the summit's last day as
 * reported by default, and no cell a spreadsheet would run as a formula.
 */
@PortalTest
class SummitReportTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CurrentStatusTables currentStatus;

	@Autowired
	TransactionTemplate transactions;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	private ProgressRows progress;

	private PortalClient client;

	private long item;

	private String country;

	@BeforeEach
	void setUp() {
		progress = new ProgressRows(jdbc, databaseUrl, currentStatus, transactions);
		progress.clear();
		var pick = jdbc.queryForMap("""
				select i.id, p.country_code from action_item i join item_participant p on p.action_item_id = i.id
				where i.state = 'ACTIVE' and i.parent_id is null
				  and not exists (select 1 from action_item c where c.parent_id = i.id and c.state = 'ACTIVE')
				order by i.id, p.country_code limit 1""");
		item = ((Number) pick.get("id")).longValue();
		country = (String) pick.get("country_code");
		client = new PortalClient(port).from("10.7.2.1");
		client.signIn(accounts.secretariat(), TestAccounts.PASSWORD);
	}

	@AfterEach
	void tearDown() {
		progress.clear();
		jdbc.update("delete from action_item where code = 'CSV-1'");
		jdbc.update("delete from policy_area where code = 'CSVX'");
	}

	@Test
	void theReportDefaultsToTheSummitsLastDayAsReportedThen() {
		progress.update(item, country, CompletionStatus.SUBSTANTIAL, LocalDate.of(2025, 10, 1), at(2025, 10, 2),
				"VALIDATED", at(2025, 10, 3), null, null);
		progress.update(item, country, CompletionStatus.COMPLETE, LocalDate.of(2025, 11, 5), at(2025, 12, 1),
				"VALIDATED", at(2025, 12, 2), null, null);

		Document report = page("/reports/summit");
		Document known = page("/reports/summit?basis=known");

		assertThat(report.selectFirst("#report-as-of").text())
			.contains("Figures as of 2025-11-10, as reported by then");
		assertThat(completion(report)).isEqualTo("67 %");
		assertThat(completion(known)).isEqualTo("100 %");
		assertThat(report.select("link[media=print]").attr("href")).isEqualTo("/css/print.css");
		assertThat(report.selectFirst("#csv-link").attr("href"))
			.isEqualTo("/reports/summit.csv?asOf=2025-11-10&basis=reported");
	}

	@Test
	void theCsvHoldsTheReportsFiguresForEveryAreaAndCountry() throws IOException {
		progress.update(item, country, CompletionStatus.SUBSTANTIAL, LocalDate.of(2025, 10, 1), at(2025, 10, 2),
				"VALIDATED", at(2025, 10, 3), null, null);
		Document report = page("/reports/summit");

		HttpResponse<String> response = client.get("/reports/summit.csv");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("summit-report-2025-11-10-reported.csv");
		List<CSVRecord> rows = parse(response.body());
		List<CSVRecord> areas = rows.stream().filter(r -> r.get("kind").equals("policy_area")).toList();
		List<CSVRecord> countries = rows.stream().filter(r -> r.get("kind").equals("country")).toList();
		assertThat(areas).hasSize(report.select("#report-areas tbody tr").size());
		assertThat(countries).hasSize(report.select("#report-countries tbody tr").size());
		for (CSVRecord area : areas) {
			var row = report.select("#report-areas tbody tr")
				.stream()
				.filter(r -> r.selectFirst("th").text().equals(area.get("name")))
				.findFirst()
				.orElseThrow();
			assertThat(area.get("items")).isEqualTo(row.select("td").get(0).text());
			assertThat(area.get("no_report")).isEqualTo(row.select("td").get(6).text());
			assertThat(area.get("as_of")).isEqualTo("2025-11-10");
		}
		CSVRecord mine = countries.stream().filter(r -> r.get("code").equals(country)).findFirst().orElseThrow();
		assertThat(mine.get("completion_percent")).isEqualTo("67");
		assertThat(mine.get("reported")).isEqualTo("1");
		assertThat(countries.stream().filter(r -> !r.get("code").equals(country)).map(r -> r.get("completion_percent")))
			.as("no report is an empty cell, never 0")
			.allMatch(String::isEmpty);
		assertThat(parse(client.get("/reports/summit?format=csv").body())).hasSameSizeAs(rows);
	}

	@Test
	void aCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws IOException {
		jdbc.update(
				"insert into policy_area (name, code) values ('=HYPERLINK(\"http://evil.example\",\"x\")', 'CSVX')");
		jdbc.update("""
				insert into action_item (dialogue_id, policy_area_id, code, title, category)
				select (select min(id) from dialogue), (select id from policy_area where code = 'CSVX'), 'CSV-1',
				       'An item in a hostile area', 'COMMITMENT'""");

		String body = client.get("/reports/summit.csv").body();

		CSVRecord hostile = parse(body).stream()
			.filter(r -> r.get("kind").equals("policy_area") && r.get("name").contains("HYPERLINK"))
			.findFirst()
			.orElseThrow();
		assertThat(hostile.get("name")).startsWith("'=HYPERLINK");
		assertThat(hostile.get("items")).isEqualTo("1");
		assertThat(body).doesNotContain(",=HYPERLINK").doesNotContain("\n=HYPERLINK");
	}

	@Test
	void aWrongDayIsAMessageOnTheReportAndAPlainRefusalForTheCsv() {
		HttpResponse<String> page = client.get("/reports/summit?asOf=yesterday");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).selectFirst("#as-of-problem").text())
			.contains("\"yesterday\" is not a day");

		HttpResponse<String> csv = client.get("/reports/summit.csv?asOf=yesterday");
		assertThat(csv.statusCode()).isEqualTo(400);
		assertThat(csv.body()).contains("\"yesterday\" is not a day").doesNotContain("Exception");
	}

	private String completion(Document report) {
		return report.selectFirst("#report-countries tr[data-country=" + country + "]").select("td").last().text();
	}

	private Document page(String path) {
		HttpResponse<String> response = client.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
	}

	private static OffsetDateTime at(int year, int month, int day) {
		return OffsetDateTime.of(year, month, day, 12, 0, 0, 0, ZoneOffset.UTC);
	}

}
