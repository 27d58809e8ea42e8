package eu.lac.alliance.domain.progress;

/**
 * Where a progress update stands with the secretariat. Only validated updates count in
 * roll-ups.
 */
public enum ReviewState {

	PENDING, VALIDATED, RETURNED

}
