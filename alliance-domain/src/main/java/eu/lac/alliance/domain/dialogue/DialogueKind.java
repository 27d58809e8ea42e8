package eu.lac.alliance.domain.dialogue;

/** What sort of event produced a set of conclusions. */
public enum DialogueKind {

	ALLIANCE_DAYS, HIGH_LEVEL_DIALOGUE, POLICY_DIALOGUE, FORUM, OTHER

}
