package eu.lac.alliance.domain.actionitem;

import java.time.LocalDate;

import eu.lac.alliance.domain.progress.ReportedStatus;

/**
 * One action item as the browsing pages list it: enough to name it, place it in its tree
 * and show how far it has come.
 */
public record ItemLine(long id, Long parentId, long dialogueId, String code, String title, ActionItemCategory category,
		ItemState state, LocalDate deadline, String deadlineText, ReportedStatus status) {

	public boolean isActive() {
		return state == ItemState.ACTIVE;
	}

}
