package eu.lac.alliance.importer.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import eu.lac.alliance.importer.ImporterTestApplication;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.formats.SeedDocuments;
import eu.lac.alliance.importer.imports.DocumentImportService;
import eu.lac.alliance.importer.imports.ImportReport;
import eu.lac.alliance.importer.result.ParsedDocument;

/**
 * Measures what previewing costs (time, and the heap's peak, garbage included) for each
 * seed, a 5 MB text document and the Word and PDF versions of that document, through
 * {@link DocumentImportService#preview} against PostgreSQL, in whatever heap the JVM was
 * given: run it with {@code -Xmx512m} to check that the portal's heap suffices. Prints
 * figures; no pass/fail. Run with
 * {@code ./mvnw -pl alliance-importer -am -Pbenchmark verify -DskipTests}.
 */
public final class PreviewMemoryBenchmark {

	private static final Path SEEDS = Path.of("..", "seeds");

	private PreviewMemoryBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		if (args.length > 0 && args[0].equals("parse")) {
			parseOnly();
			return;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImporterTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties(Map.of("logging.level.root", "WARN", "spring.main.banner-mode", "off", "alliance.test.context",
					"preview-memory-benchmark"))
			.run()) {
			DocumentImportService importer = context.getBean(DocumentImportService.class);
			List<Path> seeds;
			try (var files = Files.list(SEEDS)) {
				seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
			}
			// warm up the parsers and the connection pool
			for (Path seed : seeds) {
				importer.preview(seed.getFileName().toString(), Files.readAllBytes(seed));
			}
			for (Path seed : seeds) {
				byte[] bytes = Files.readAllBytes(seed);
				measure(seed.getFileName().toString(), bytes.length, () -> importer.preview("seed.txt", bytes));
				byte[] docx = SeedDocuments.docx(Files.readString(seed));
				measure(seed.getFileName() + " as DOCX", docx.length, () -> importer.preview("seed.docx", docx));
				byte[] pdf = SeedDocuments.pdf(Files.readString(seed));
				measure(seed.getFileName() + " as PDF", pdf.length, () -> importer.preview("seed.pdf", pdf));
			}
			String large = ImporterBenchmark.largeTakeaways(Files.readAllBytes(seeds.get(3)), 5);
			byte[] text = large.getBytes(StandardCharsets.UTF_8);
			measure("5 MB takeaways text", text.length, () -> importer.preview("large.txt", text));
			byte[] docx = SeedDocuments.docx(large);
			measure("5 MB takeaways text as DOCX", docx.length, () -> importer.preview("large.docx", docx));
			byte[] pdf = SeedDocuments.pdf(large);
			measure("5 MB takeaways text as PDF", pdf.length, () -> importer.preview("large.pdf", pdf));
		}
	}

	/**
	 * Reading only (decoding, extraction, parsing; no database): what a 5 MB document
	 * costs before the writer sees it.
	 */
	private static void parseOnly() throws IOException {
		DocumentReader reader = DocumentReader.withAllLayouts();
		ParseContext context = ParseContext.reference();
		Path takeaways = SEEDS.resolve("003_1ae2039a599a6bab.txt");
		String large = ImporterBenchmark.largeTakeaways(Files.readAllBytes(takeaways), 5);
		byte[] text = large.getBytes(StandardCharsets.UTF_8);
		byte[] docx = SeedDocuments.docx(large);
		byte[] pdf = SeedDocuments.pdf(large);
		for (int round = 0; round < 2; round++) {
			String when = round == 0 ? "cold" : "warm";
			measureRead("5 MB takeaways text, " + when, text.length, () -> reader.read("large.txt", text, context));
			measureRead("5 MB takeaways as DOCX, " + when, docx.length, () -> reader.read("large.docx", docx, context));
			measureRead("5 MB takeaways as PDF, " + when, pdf.length, () -> reader.read("large.pdf", pdf, context));
		}
	}

	private static void measureRead(String what, int size, Supplier<ParsedDocument> read) {
		measure(what, size, () -> {
			ParsedDocument parsed = read.get();
			return new ImportReport(parsed.fileName(), parsed.layout().format(), ImportReport.Outcome.PREVIEW, null,
					null, false, Map.of(), List.of(), parsed);
		});
	}

	private static void measure(String what, int size, Supplier<ImportReport> preview) {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
		long start = System.nanoTime();
		String outcome;
		try {
			ImportReport report = preview.get();
			outcome = report.layout() + ", " + report.parsed().actionItems().size() + " items";
		}
		catch (RuntimeException | OutOfMemoryError failure) {
			outcome = "FAILED: " + failure;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		System.out.printf(Locale.ROOT, "preview %-40s %8.2f MB: %6.2f s, heap peak %5d MB (%d MB before); %s%n", what,
				size / 1e6, seconds, peak / (1024 * 1024), before / (1024 * 1024), outcome);
	}

}
