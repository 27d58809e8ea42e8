package eu.lac.alliance.domain.dashboard;

import java.util.Collection;

import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ItemProgress;

/**
 * Items by rolled-up status, with "no report" counted apart and the completion percentage
 * taken over reported, not withdrawn items only, so that an item nobody reported on never
 * reads as 0 %.
 *
 * @param percent the mean of the reported, not withdrawn items' percentages, rounded half
 * up; null when there is none
 */
public record StatusTally(int notStarted, int limited, int substantial, int complete, int withdrawn, int noReport,
		Integer percent) {

	/** Tallies items by their progress; a null element is an item with no report. */
	public static StatusTally of(Collection<ItemProgress> progressOrNull) {
		int[] counts = new int[CompletionStatus.values().length];
		int noReport = 0;
		int counted = 0;
		int total = 0;
		for (ItemProgress progress : progressOrNull) {
			if (progress == null) {
				noReport++;
				continue;
			}
			counts[progress.status().ordinal()]++;
			if (progress.status() != CompletionStatus.WITHDRAWN) {
				counted++;
				total += progress.percent();
			}
		}
		Integer percent = counted == 0 ? null : (int) Math.round((double) total / counted);
		return new StatusTally(counts[CompletionStatus.NOT_STARTED.ordinal()],
				counts[CompletionStatus.LIMITED.ordinal()], counts[CompletionStatus.SUBSTANTIAL.ordinal()],
				counts[CompletionStatus.COMPLETE.ordinal()], counts[CompletionStatus.WITHDRAWN.ordinal()], noReport,
				percent);
	}

	public int items() {
		return notStarted + limited + substantial + complete + withdrawn + noReport;
	}

	public int reported() {
		return items() - noReport;
	}

	/** How many items stand at {@code status}. */
	public int count(CompletionStatus status) {
		return switch (status) {
			case NOT_STARTED -> notStarted;
			case LIMITED -> limited;
			case SUBSTANTIAL -> substantial;
			case COMPLETE -> complete;
			case WITHDRAWN -> withdrawn;
		};
	}

}
