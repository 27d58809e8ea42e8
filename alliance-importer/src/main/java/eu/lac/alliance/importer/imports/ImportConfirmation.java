package eu.lac.alliance.importer.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.domain.imports.ElementCounts;
import eu.lac.alliance.domain.imports.ImportMarks;
import eu.lac.alliance.domain.imports.ImportPreviewStore;
import eu.lac.alliance.domain.imports.ImportForbidden;
import eu.lac.alliance.domain.imports.ImportRuns;
import eu.lac.alliance.domain.imports.NewImportRun;

/**
 * Confirms an upload: imports the corrected document, records the run with what it
 * created, changed and withdrew, marks the preview confirmed and records
 * {@code IMPORT_CONFIRMED}, all in one transaction, so that either all of it happens or
 * nothing does. Imports are taken one at a time (a database lock), so that what a run
 * created is told apart from what another import created meanwhile.
 */
@Service
public class ImportConfirmation {

	/**
	 * What a confirmation did: the run recorded (null when the document was imported
	 * before and nothing changed), and the dialogue it went to.
	 */
	public record Confirmed(Long runId, Long dialogueId, ImportReport report) {

		public boolean unchanged() {
			return runId == null;
		}

	}

	/** The preview was confirmed already, by another request or instance. */
	public static class AlreadyConfirmed extends RuntimeException {

		public AlreadyConfirmed(long previewId) {
			super("preview " + previewId + " was confirmed already");
		}

	}

	private final DocumentImportService importer;

	private final CorrectionsRewrite rewrite;

	private final ImportRuns runs;

	private final ImportPreviewStore previews;

	private final AuditTrail audit;

	private final EntityManager entities;

	private final TransactionTemplate transactions;

	ImportConfirmation(DocumentImportService importer, CorrectionsRewrite rewrite, ImportRuns runs,
			ImportPreviewStore previews, AuditTrail audit, EntityManager entities,
			PlatformTransactionManager transactionManager) {
		this.importer = importer;
		this.rewrite = rewrite;
		this.runs = runs;
		this.previews = previews;
		this.audit = audit;
		this.entities = entities;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Imports preview {@code previewId}'s file as corrected, for {@code actor}. Throws
	 * {@link ImportRejected} when the document cannot be imported (nothing is written)
	 * and {@link AlreadyConfirmed} when the preview was confirmed meanwhile.
	 */
	public Confirmed confirm(long previewId, String fileName, String contentType, byte[] bytes,
			ImportCorrections corrections, Actor actor) {
		ImportForbidden.unlessAdmin(actor);
		return transactions.execute(status -> {
			runs.lockForImport();
			ImportMarks before = runs.marks();
			ImportReport report = importer.importDocument(fileName, bytes, actor.username(),
					rewrite.of(fileName, corrections), corrections.takeFromDocument());
			if (report.outcome() == ImportReport.Outcome.UNCHANGED) {
				return new Confirmed(null,
						runs.documentWithHash(report.parsed().contentHash())
							.flatMap(runs::dialogueOfDocument)
							.orElse(null),
						report);
			}
			entities.flush();
			long document = runs.documentWithHash(report.parsed().contentHash()).orElseThrow();
			long run = runs.record(new NewImportRun(fileName, contentType, bytes, report.parsed().contentHash(),
					report.layout(), actor.username(), document, report.dialogueId(), report.dialogueTitle(), previewId,
					counts(report)), before);
			if (!previews.confirmed(previewId, run)) {
				throw new AlreadyConfirmed(previewId);
			}
			audit.record(AuditEvent.of(actor.username(), AuditKind.IMPORT_CONFIRMED, "import_run", run,
					"imported " + fileName + " (" + report.layout() + ") into '" + report.dialogueTitle() + "': "
							+ report.changes() + conflicts(report)));
			return new Confirmed(run, report.dialogueId(), report);
		});
	}

	/**
	 * The hand corrections the import met, for the audit: which it kept and for which it
	 * took the document's value.
	 */
	static String conflicts(ImportReport report) {
		if (report.conflicts().isEmpty()) {
			return "";
		}
		return report.conflicts()
			.stream()
			.map(c -> "item " + c.itemCode() + " " + c.field() + ": "
					+ (c.documentTaken() ? "document's value taken" : "hand correction kept"))
			.collect(Collectors.joining("; ", "; hand corrections: ", ""));
	}

	static Map<String, ElementCounts> counts(ImportReport report) {
		Map<String, ElementCounts> counts = new LinkedHashMap<>();
		report.changes()
			.forEach((kind, c) -> counts.put(kind,
					new ElementCounts(c.created(), c.updated(), c.unchanged(), c.withdrawn())));
		return counts;
	}

}
