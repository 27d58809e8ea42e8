package eu.lac.alliance.domain.dialogue;

/**
 * How a document qualifies a number it states ("over 150 participants"): kept beside the
 * number, because 150 is not what the document says. No qualifier means the count is
 * exact.
 */
public enum CountQualifier {

	/** "over", "more than", "más de", "mais de". */
	OVER,

	/** "at least", "al menos", "pelo menos". */
	AT_LEAST,

	/** "some", "about", "around", "approximately", "cerca de", "unos". */
	ABOUT,

	/** "nearly", "almost", "casi", "quase". */
	NEARLY,

	/** "up to", "hasta", "até". */
	UP_TO

}
