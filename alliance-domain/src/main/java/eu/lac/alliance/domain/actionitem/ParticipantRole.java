package eu.lac.alliance.domain.actionitem;

/** Why a country or organisation is named with a piece of work. */
public enum ParticipantRole {

	/** Leads the work together with the other co-leads. */
	CO_LEAD,
	/** An EU member state partnering the co-leads ("with Germany"). */
	PARTNER,
	/** Delivers the work for a partner ("via GIZ"). */
	IMPLEMENTING_AGENCY,
	/** Declared an interest in taking part. */
	INTERESTED,
	/** Chaired the dialogue together with another. */
	CO_CHAIR,
	/** Named as taking part in a forum, without a stated role. */
	ACTOR

}
