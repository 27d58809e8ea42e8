package eu.lac.alliance.domain.imports;

import java.util.List;
import java.util.Optional;

/**
 * The record of every import that wrote something, what it created, changed and withdrew,
 * and the undoing of one. Every method runs in the caller's transaction.
 */
public interface ImportRuns {

	/**
	 * Takes the import lock until the transaction ends: imports, reverts and the
	 * recording of earlier imports happen one at a time, across instances.
	 */
	void lockForImport();

	/**
	 * Declares the transaction a dry run that will be rolled back: it leaves the data
	 * version as it is, so a long preview neither holds the version against every other
	 * writer nor moves the pages' kept figures on, and the kept participants table is not
	 * refreshed after each of its statements.
	 */
	void dryRun();

	/** The first dialogue a stored document describes. */
	Optional<Long> dialogueOfDocument(long sourceDocumentId);

	/** The database as it is before an import (see {@link ImportMarks}). */
	ImportMarks marks();

	/** The stored document with this content hash, if any. */
	Optional<Long> documentWithHash(String contentHash);

	/**
	 * What the import of {@code sourceDocumentId} did to the items of {@code dialogueId},
	 * compared with {@code before}: the items it wrote (new, changed, unchanged) and the
	 * items it withdrew, in code order.
	 */
	List<ItemOutcome> itemOutcomes(ImportMarks before, long sourceDocumentId, long dialogueId);

	/**
	 * Records a run and the rows its document created, changed and withdrew (compared
	 * with {@code before}); returns its id.
	 */
	long record(NewImportRun run, ImportMarks before);

	/**
	 * Records a run for each stored document that has none (the seeds imported at first
	 * start, the command line), attributed to {@code systemActor} when the document names
	 * nobody, with the rows that still point at it. Returns how many.
	 */
	int recordUnrecorded(String systemActor);

	/** The history, newest first. */
	List<ImportRunSummary> history(int limit);

	Optional<ImportRunSummary> find(long id);

	Optional<ImportOriginal> original(long id);

	/** Why run {@code id} cannot be reverted; empty when it can. */
	List<RevertBlocker> blockers(long id);

	/**
	 * Deletes what run {@code id} created and marks it reverted by {@code by}. The caller
	 * has checked {@link #blockers} in the same transaction.
	 */
	void revert(long id, String by);

}
