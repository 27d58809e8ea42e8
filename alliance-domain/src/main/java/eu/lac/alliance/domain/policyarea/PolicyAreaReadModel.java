package eu.lac.alliance.domain.policyarea;

import java.util.List;
import java.util.Optional;

import eu.lac.alliance.domain.actionitem.ItemLine;
import eu.lac.alliance.domain.actionitem.ItemNode;
import eu.lac.alliance.domain.dialogue.DialogueReadModel;
import eu.lac.alliance.domain.progress.ReportedStatus;

/**
 * What a policy area's page reads across the dialogues that cover it, in a fixed number
 * of statements.
 */
public interface PolicyAreaReadModel {

	/** Every policy area, in the order they were set out. */
	List<PolicyAreaRef> areas();

	/**
	 * The area whose {@link PolicyAreaSlug} is {@code slug}, with what each dialogue said
	 * of it.
	 */
	Optional<PolicyAreaPage> policyArea(String slug);

	/** A policy area across dialogues. */
	record PolicyAreaPage(PolicyAreaRef area, List<AreaInDialogue> dialogues, StatusCount statusCount) {
	}

	/** What one dialogue said of the area. */
	record AreaInDialogue(long dialogueId, String dialogueTitle, List<DialogueReadModel.ObjectiveLine> objectives,
			List<String> challenges, List<CoLeadLine> coLeads, List<ItemLine> cooperationOpportunities,
			List<ItemLine> nextSteps, List<ItemNode> otherItems) {
	}

	/**
	 * How many of the area's active items stand at each status; {@code noReport} counts
	 * those with none.
	 */
	record StatusCount(long items, long noReport, long notStarted, long limited, long substantial, long complete,
			long withdrawn) {

		public static StatusCount of(List<ItemLine> lines) {
			long[] counts = new long[6];
			long items = 0;
			for (ItemLine line : lines) {
				if (!line.isActive()) {
					continue;
				}
				items++;
				ReportedStatus status = line.status();
				counts[status.isReported() ? status.status().ordinal() + 1 : 0]++;
			}
			return new StatusCount(items, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
		}

	}

}
