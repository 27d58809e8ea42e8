package eu.lac.alliance.importer.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import eu.lac.alliance.importer.ImporterTestApplication;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.imports.DocumentImportService;
import eu.lac.alliance.importer.result.ParsedDocument;

/**
 * Measures the importer and prints the figures (no pass/fail): warm parse time of the
 * five seeds, parse time against input size for generated takeaways documents up to 5 MB,
 * and the rate of importing 1,000 generated documents into PostgreSQL. Run with
 * {@code ./mvnw -pl alliance-importer -am -Pbenchmark verify -DskipTests}; arguments:
 * [documents to import].
 */
public final class ImporterBenchmark {

	private static final Path SEEDS = Path.of("..", "seeds");

	private ImporterBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		DocumentReader reader = DocumentReader.withAllLayouts();
		ParseContext context = ParseContext.reference();
		List<Path> seeds;
		try (var files = Files.list(SEEDS)) {
			seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		List<byte[]> seedBytes = new ArrayList<>();
		for (Path seed : seeds) {
			seedBytes.add(Files.readAllBytes(seed));
		}
		parseSeeds(reader, context, seeds, seedBytes);
		parseLargeDocuments(reader, context, seedBytes.get(3));
		importMany(documents, seedBytes);
	}

	private static void parseSeeds(DocumentReader reader, ParseContext context, List<Path> seeds, List<byte[]> bytes) {
		for (int i = 0; i < 300; i++) {
			parseAll(reader, context, seeds, bytes);
		}
		int rounds = 100;
		double[] millis = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			parseAll(reader, context, seeds, bytes);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT,
				"parse all %d seeds, warm: median %.2f ms, p90 %.2f ms, min %.2f ms (%d rounds after 300 warm-up)%n",
				seeds.size(), millis[rounds / 2], millis[rounds * 9 / 10], millis[0], rounds);
	}

	private static void parseAll(DocumentReader reader, ParseContext context, List<Path> seeds, List<byte[]> bytes) {
		for (int s = 0; s < seeds.size(); s++) {
			reader.read(seeds.get(s).getFileName().toString(), bytes.get(s), context);
		}
	}

	private static void parseLargeDocuments(DocumentReader reader, ParseContext context, byte[] takeaways) {
		for (int megabytes : new int[] { 1, 2, 5 }) {
			byte[] bytes = largeTakeaways(takeaways, megabytes).getBytes(StandardCharsets.UTF_8);
			reader.read("large.txt", bytes, context);
			long start = System.nanoTime();
			ParsedDocument parsed = reader.read("large.txt", bytes, context);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "parse %.1f MB takeaways document (%d activities): %.3f s, %.1f MB/s%n",
					bytes.length / 1e6, parsed.actionItems().size(), seconds, bytes.length / 1e6 / seconds);
		}
	}

	/**
	 * The takeaways seed with its table repeated (sections renumbered, so every copy is
	 * new content) until the text reaches {@code megabytes} million characters.
	 */
	static String largeTakeaways(byte[] takeaways, int megabytes) {
		String text = new String(takeaways, StandardCharsets.UTF_8);
		int tableStart = text.indexOf("1. GOVERNANCE");
		String head = text.substring(0, tableStart);
		String table = text.substring(tableStart);
		StringBuilder document = new StringBuilder(head);
		int copy = 0;
		while (document.length() < megabytes * 1_000_000) {
			copy++;
			// renumber the sections so each copy is new content: 1.x -> (3*copy+1).x
			// and so on
			String renumbered = table;
			for (int section = 3; section >= 1; section--) {
				int to = 3 * copy + section;
				renumbered = renumbered.replace(section + ". ", to + ". ")
					.replace(section + ".1 ", to + ".1 ")
					.replace(section + ".2 ", to + ".2 ");
			}
			document.append('\n').append(renumbered);
		}
		return document.toString();
	}

	/**
	 * "5-6, 2026": a two-day event starting on {@code day}, moved a day earlier at a
	 * month's end.
	 */
	private static String twoDays(LocalDate day) {
		LocalDate start = day.getDayOfMonth() == day.lengthOfMonth() ? day.minusDays(1) : day;
		return start.getDayOfMonth() + "-" + start.plusDays(1).getDayOfMonth() + ", " + start.getYear();
	}

	private static void importMany(int documents, List<byte[]> seeds) {
		String chairs = new String(seeds.get(1), StandardCharsets.UTF_8);
		String takeaways = new String(seeds.get(3), StandardCharsets.UTF_8);
		String[][] venues = { { "Santo Domingo", "Dominican Republic" }, { "Montevideo", "Uruguay" },
				{ "Brasília", "Brazil" }, { "Kingston", "Jamaica" }, { "Lima", "Peru" }, { "Panama City", "Panama" } };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImporterTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties(Map.of("logging.level.root", "WARN", "spring.main.banner-mode", "off"))
			.run()) {
			DocumentImportService importer = context.getBean(DocumentImportService.class);
			long start = System.nanoTime();
			long batchStart = start;
			int items = 0;
			for (int i = 0; i < documents; i++) {
				// every document its own dialogue: a distinct day (three days apart) and,
				// for the chairs' conclusions, a rotating venue
				LocalDate day = LocalDate.of(2026, 1, 5).plusDays(3L * i);
				String monthName = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
				String[] venue = venues[i % venues.length];
				String document = i % 2 == 0
						? chairs.replace("Santo Domingo (Dominican Republic) in February of 2024",
								venue[0] + " (" + venue[1] + ") on " + day.getDayOfMonth() + " " + monthName + " "
										+ day.getYear())
						: takeaways.replace("on November 5-6, 2024", "on " + monthName + " " + twoDays(day));
				var report = importer.importDocument("generated-" + i + ".txt",
						document.getBytes(StandardCharsets.UTF_8), "benchmark");
				items += report.changes().containsKey("actionItems") ? report.changes().get("actionItems").created()
						: 0;
				if ((i + 1) % 100 == 0) {
					long now = System.nanoTime();
					System.out.printf(Locale.ROOT, "imported %4d documents: last 100 at %.1f documents/s%n", i + 1,
							100 / ((now - batchStart) / 1e9));
					batchStart = now;
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "imported %d documents (%d action items) in %.1f s: %.1f documents/s%n",
					documents, items, seconds, documents / seconds);
		}
	}

}
