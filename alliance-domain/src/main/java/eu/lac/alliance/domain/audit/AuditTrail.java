package eu.lac.alliance.domain.audit;

/**
 * Where every change is recorded, in the same transaction as the change itself: the one
 * port services call, so that nothing writes to the trail another way.
 */
public interface AuditTrail {

	/**
	 * Records {@code event} with the database's time and the current request's address.
	 */
	void record(AuditEvent event);

}
