package eu.lac.alliance.domain.policyarea;

/**
 * What an objective covers: a whole dialogue, one policy area, or one action area or
 * component within it.
 */
public enum ObjectiveScope {

	OVERALL, MODE_OF_ACTION, POLICY_AREA, ACTION_AREA, COMPONENT

}
