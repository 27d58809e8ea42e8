package eu.lac.alliance.domain.progress;

/**
 * The port to the kept current-status tables (each item's and country's latest validated
 * status, each item's roll-up), so that the service recording a validation or a joining
 * can bring them up to date in the same transaction, and pages never recompute them from
 * the log.
 */
public interface CurrentStatusTables {

	/**
	 * A decision on an update of {@code countryCode} on item {@code itemId} was recorded:
	 * recompute that country's status on the item and the roll-up of the item and every
	 * item above it. Must run in the transaction that recorded the decision.
	 */
	void countryStatusChanged(long itemId, String countryCode);

	/**
	 * Who takes part in item {@code itemId} (or below it) changed, e.g. a country joined:
	 * recompute the roll-ups of its whole tree. Must run in the transaction that recorded
	 * the change.
	 */
	void participantsChanged(long itemId);

	/**
	 * Recomputes both tables for every item from the log, in a few set-based statements.
	 */
	void rebuildAll();

}
