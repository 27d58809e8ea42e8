package eu.lac.alliance.domain.actionitem;

/**
 * Whether an item is still part of its dialogue's conclusions, or a revised document
 * dropped it.
 */
public enum ItemState {

	ACTIVE, WITHDRAWN

}
