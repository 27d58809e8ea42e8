package eu.lac.alliance.domain.progress;

/**
 * The rolled-up progress of an item: a status on the completion scale and the percentage
 * behind it.
 */
public record ItemProgress(CompletionStatus status, int percent) {

	public static final ItemProgress NOT_STARTED = new ItemProgress(CompletionStatus.NOT_STARTED, 0);

	public static final ItemProgress WITHDRAWN = new ItemProgress(CompletionStatus.WITHDRAWN, 0);

	public ItemProgress {
		if (percent < 0 || percent > 100) {
			throw new IllegalArgumentException("expected a percentage 0-100 but found " + percent);
		}
	}

}
