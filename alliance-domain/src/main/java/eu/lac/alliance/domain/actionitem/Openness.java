package eu.lac.alliance.domain.actionitem;

/**
 * Who an item is for: the parties its document names, or every member of the Alliance
 * (the chairs' conclusions of 2024 make membership "the only prerequisite to
 * participate"), whose countries then join it one by one.
 */
public enum Openness {

	/** Only the parties named on it (or on an item above it, or its co-lead line). */
	NAMED,

	/** Every member country may join it. */
	OPEN_TO_MEMBERS

}
