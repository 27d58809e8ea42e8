package eu.lac.alliance.importer.imports;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.domain.imports.ImportForbidden;
import eu.lac.alliance.domain.imports.ImportRuns;
import eu.lac.alliance.domain.imports.RevertBlocker;

/**
 * Undoes an import, all or nothing, when nothing depends on it: no progress logged
 * against an item it created, no later import of the same dialogue still in place, and
 * nothing it changed that existed before it. Records {@code IMPORT_REVERTED} in the same
 * transaction.
 */
@Service
public class ImportRevert {

	private final ImportRuns runs;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	ImportRevert(ImportRuns runs, AuditTrail audit, PlatformTransactionManager transactionManager) {
		this.runs = runs;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Reverts run {@code runId} for {@code actor}; returns what prevents it (and then
	 * writes nothing), or an empty list once reverted.
	 */
	public List<RevertBlocker> revert(long runId, Actor actor) {
		ImportForbidden.unlessAdmin(actor);
		return transactions.execute(status -> {
			runs.lockForImport();
			List<RevertBlocker> blockers = runs.blockers(runId);
			if (!blockers.isEmpty()) {
				return blockers;
			}
			String file = runs.find(runId).orElseThrow().fileName();
			runs.revert(runId, actor.username());
			audit.record(AuditEvent.of(actor.username(), AuditKind.IMPORT_REVERTED, "import_run", runId,
					"reverted the import of " + file));
			return List.of();
		});
	}

}
