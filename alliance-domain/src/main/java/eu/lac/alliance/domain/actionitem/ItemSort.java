package eu.lac.alliance.domain.actionitem;

/** The orders the item list offers; relevance only when searching. */
public enum ItemSort {

	RELEVANCE, CODE, TITLE, DEADLINE, STATUS

}
