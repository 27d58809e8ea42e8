package eu.lac.alliance.importer.imports;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.imports.ImportMarks;
import eu.lac.alliance.domain.imports.ImportRuns;
import eu.lac.alliance.domain.imports.ItemOutcome;

/**
 * A preview that also says, item by item, what the import would do (new, changed,
 * unchanged, withdrawn): the real import of the corrected document in a transaction that
 * is always rolled back, compared with the database as it was. Nothing is written.
 */
@Service
public class ImportDryRun {

	/** A preview and what it would do to each item. */
	public record Outcome(ImportReport report, List<ItemOutcome> items) {

		public Outcome {
			items = List.copyOf(items);
		}

	}

	private final DocumentImportService importer;

	private final CorrectionsRewrite rewrite;

	private final ImportRuns runs;

	private final EntityManager entities;

	private final TransactionTemplate transactions;

	ImportDryRun(DocumentImportService importer, CorrectionsRewrite rewrite, ImportRuns runs, EntityManager entities,
			PlatformTransactionManager transactionManager) {
		this.importer = importer;
		this.rewrite = rewrite;
		this.runs = runs;
		this.entities = entities;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Previews {@code bytes} as {@code corrections} correct it. Throws
	 * {@link ImportRejected} (naming the file) when the document cannot be read.
	 */
	public Outcome preview(String fileName, byte[] bytes, ImportCorrections corrections) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			runs.dryRun();
			ImportMarks before = runs.marks();
			ImportReport report = importer.importDocument(fileName, bytes, "preview", rewrite.of(fileName, corrections),
					corrections.takeFromDocument());
			if (report.outcome() == ImportReport.Outcome.UNCHANGED) {
				return new Outcome(report, List.of());
			}
			entities.flush();
			long document = runs.documentWithHash(report.parsed().contentHash()).orElseThrow();
			List<ItemOutcome> items = runs.itemOutcomes(before, document, report.dialogueId());
			ImportReport preview = new ImportReport(report.fileName(), report.layout(), ImportReport.Outcome.PREVIEW,
					report.dialogueTitle(), report.matchedExistingDialogue() ? report.dialogueId() : null,
					report.matchedExistingDialogue(), report.changes(), report.warnings(), report.parsed(),
					report.conflicts());
			return new Outcome(preview,
					items.stream()
						.map(item -> item.outcome() == ItemOutcome.Outcome.NEW
								? new ItemOutcome(0, item.code(), item.title(), item.outcome()) : item)
						.toList());
		});
	}

}
