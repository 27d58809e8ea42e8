package eu.lac.alliance.domain.dashboard;

/**
 * The two things "as of a day" can mean, which the dashboard and the summit report name
 * beside every figure computed from the log.
 */
public enum AsOfBasis {

	/**
	 * As it was reported by the end of that day: only updates submitted and validated by
	 * then. A figure for a past day on this basis never changes afterwards.
	 */
	REPORTED,

	/**
	 * As it is known today for that day: every update validated now whose date is on or
	 * before that day, late reports included.
	 */
	KNOWN

}
