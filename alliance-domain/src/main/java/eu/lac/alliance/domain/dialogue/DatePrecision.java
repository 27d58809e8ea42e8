package eu.lac.alliance.domain.dialogue;

/**
 * How much of a date a document actually states: "2024", "February 2024" or "14 February
 * 2024".
 */
public enum DatePrecision {

	YEAR, MONTH, DAY

}
