package eu.lac.alliance.domain.progress;

/**
 * How far a commitment has come, on the Open Government Partnership's completion scale,
 * plus withdrawn. Each step carries the share of the work it stands for in roll-ups (see
 * {@link ProgressRollup}).
 */
public enum CompletionStatus {

	NOT_STARTED(0), LIMITED(33), SUBSTANTIAL(67), COMPLETE(100), WITHDRAWN(0);

	private final int percent;

	CompletionStatus(int percent) {
		this.percent = percent;
	}

	/**
	 * The share of the work this step stands for; meaningless for WITHDRAWN, which
	 * roll-ups leave out.
	 */
	public int percent() {
		return percent;
	}

	/** Complete and withdrawn items need no more work: they are never overdue. */
	public boolean isSettled() {
		return this == COMPLETE || this == WITHDRAWN;
	}

}
