package eu.lac.alliance.importer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.imports.DocumentImportService;
import eu.lac.alliance.importer.imports.ImportRejected;
import eu.lac.alliance.importer.imports.ImportReport;
import eu.lac.alliance.importer.party.OpenItemRule;

/**
 * {@code java -jar alliance-importer.jar [--dry-run] [--json] FILE...}: parses conclusion
 * documents and prints what it found (dry run: no database at all), or imports them into
 * the configured database. Exit status 0 when every file was understood, 1 when any was
 * not, 2 on a usage error.
 */
public final class ImporterCommandLine {

	private ImporterCommandLine() {
	}

	public static void main(String[] args) {
		System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8)));
	}

	/** Runs the command and returns its exit status. */
	static int run(String[] args, PrintStream out, PrintStream err) {
		boolean dryRun = false;
		boolean json = false;
		List<Path> files = new ArrayList<>();
		List<String> springArgs = new ArrayList<>();
		for (String arg : args) {
			switch (arg) {
				case "--dry-run" -> dryRun = true;
				case "--json" -> json = true;
				case "-h", "--help" -> {
					out.println(usage());
					return 0;
				}
				default -> {
					if (arg.startsWith("--")) {
						springArgs.add(arg);
					}
					else {
						files.add(Path.of(arg));
					}
				}
			}
		}
		if (files.isEmpty()) {
			err.println(usage());
			return 2;
		}
		return dryRun ? dryRun(files, json, out) : importFiles(files, json, springArgs, out, err);
	}

	private static int dryRun(List<Path> files, boolean json, PrintStream out) {
		DocumentReader reader = DocumentReader.withAllLayouts();
		ParseContext context = ParseContext.reference();
		DocumentJson output = new DocumentJson();
		boolean allParsed = true;
		for (Path file : files) {
			String name = file.toString();
			try {
				var parsed = OpenItemRule.apply(reader.read(name, Files.readAllBytes(file), context));
				output.add(parsed);
				if (!json) {
					out.printf(
							"%s: %s, dialogue '%s', %d policy areas, %d objectives, %d action items, %d members, %d organisations, %d warnings%n",
							name, parsed.layout().format(), parsed.dialogue() == null ? "" : parsed.dialogue().title(),
							parsed.policyAreas().size(), parsed.objectives().size(), parsed.actionItems().size(),
							parsed.members().size(), parsed.organisations().size(), parsed.warnings().size());
				}
			}
			catch (ParseFailure failure) {
				allParsed = false;
				output.addFailure(name, failure.getMessage());
				if (!json) {
					out.println(failure.getMessage());
				}
			}
			catch (IOException ex) {
				allParsed = false;
				output.addFailure(name, name + ": cannot read the file (" + ex.getMessage() + ")");
				if (!json) {
					out.println(name + ": cannot read the file (" + ex.getMessage() + ")");
				}
			}
		}
		if (json) {
			out.println(output.toJson());
		}
		return allParsed ? 0 : 1;
	}

	private static int importFiles(List<Path> files, boolean json, List<String> springArgs, PrintStream out,
			PrintStream err) {
		boolean allImported = true;
		DocumentJson output = new DocumentJson();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImporterApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN"))
			.run(springArgs.toArray(String[]::new))) {
			DocumentImportService importer = context.getBean(DocumentImportService.class);
			for (Path file : files) {
				String name = file.toString();
				try {
					ImportReport report = importer.importDocument(name, Files.readAllBytes(file),
							"command line (" + System.getProperty("user.name") + ")");
					output.add(report.parsed());
					if (!json) {
						printReport(out, name, report);
					}
				}
				catch (ImportRejected rejected) {
					allImported = false;
					output.addFailure(name, rejected.getMessage());
					if (!json) {
						out.println(rejected.getMessage() + " (nothing was imported from this file)");
					}
				}
				catch (IOException ex) {
					allImported = false;
					output.addFailure(name, name + ": cannot read the file (" + ex.getMessage() + ")");
					if (!json) {
						out.println(name + ": cannot read the file (" + ex.getMessage() + ")");
					}
				}
			}
		}
		catch (RuntimeException startup) {
			err.println("The importer could not start its database: " + startup.getMessage());
			return 1;
		}
		if (json) {
			out.println(output.toJson());
		}
		return allImported ? 0 : 1;
	}

	private static void printReport(PrintStream out, String name, ImportReport report) {
		if (report.outcome() == ImportReport.Outcome.UNCHANGED) {
			out.printf("%s: unchanged, %s%n", name, String.join("; ", report.warnings()));
			return;
		}
		out.printf("%s: imported into '%s'%s%n", name, report.dialogueTitle(),
				report.matchedExistingDialogue() ? " (a dialogue the portal already had)" : " (new dialogue)");
		report.changes().forEach((kind, changes) -> out.printf("  %-14s %s%n", kind, changes));
		report.warnings().forEach(w -> out.println("  warning: " + w));
	}

	private static String usage() {
		return """
				usage: java -jar alliance-importer.jar [--dry-run] [--json] FILE...
				  FILE       plain text, Markdown, HTML, DOCX, PDF, or a filled spreadsheet template (CSV, XLSX);
				             the format is told by the content, not the name
				  --dry-run  parse only: print what the files contain; no database is used or changed
				  --json     print one JSON object {"documents": [...]} (see docs/importer.md)
				Without --dry-run the files are imported into the portal's database: the embedded one in
				./data (--alliance.data-dir=DIR), or the server named by SPRING_DATASOURCE_URL.""";
	}

}
