package eu.lac.alliance.domain.actionitem;

/** The kind of work an action item is, in the categories the conclusion documents use. */
public enum ActionItemCategory {

	INFORMATION_SHARING, CAPACITY_BUILDING, JOINT_INITIATIVE, COOPERATION_OPPORTUNITY, NEXT_STEP, COMMITMENT, ACTIVITY

}
