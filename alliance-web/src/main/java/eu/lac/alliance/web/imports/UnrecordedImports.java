package eu.lac.alliance.web.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.imports.ImportRuns;

/**
 * Documents imported without the upload page (the seeds at first start, the command line,
 * a database from before import history) get their run on start, attributed to
 * {@value #SYSTEM} when nobody is named, so that the history is complete and they can be
 * reverted like any other. It runs after the seed import (runners come after every bean
 * is ready).
 */
@Component
class UnrecordedImports implements ApplicationRunner {

	/** Who the history names for imports no person confirmed. */
	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(UnrecordedImports.class);

	private final ImportRuns runs;

	private final TransactionTemplate transactions;

	UnrecordedImports(ImportRuns runs, PlatformTransactionManager transactionManager) {
		this.runs = runs;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer recorded = transactions.execute(status -> {
			runs.lockForImport();
			return runs.recordUnrecorded(SYSTEM);
		});
		if (recorded != null && recorded > 0) {
			log.info("Recorded {} earlier imports in the import history", recorded);
		}
	}

}
