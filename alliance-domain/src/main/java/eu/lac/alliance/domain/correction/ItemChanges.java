package eu.lac.alliance.domain.correction;

import java.time.LocalDate;
import java.util.List;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;

/**
 * Everything a person sets on an action item's form, whole: the service compares it with
 * the stored item and records only the fields that differ.
 */
public record ItemChanges(String code, String title, String description, Long parentId, ActionItemCategory category,
		long policyAreaId, LocalDate deadlineDate, String deadlineWording, List<ParticipantChoice> participants) {

	public ItemChanges {
		participants = List.copyOf(participants);
	}

}
