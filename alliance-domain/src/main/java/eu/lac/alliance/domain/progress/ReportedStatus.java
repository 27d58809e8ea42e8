package eu.lac.alliance.domain.progress;

/**
 * A status as pages show it: a validated status with its completion percentage, or no
 * report at all, which is its own state and never 0 %.
 *
 * @param status the validated status, or null when nothing validated has been reported
 * @param percent its completion percentage, or null when there is no report
 */
public record ReportedStatus(CompletionStatus status, Integer percent) {

	private static final ReportedStatus NO_REPORT = new ReportedStatus(null, null);

	public ReportedStatus {
		if ((status == null) != (percent == null)) {
			throw new IllegalArgumentException("a status and its percentage go together: " + status + ", " + percent);
		}
		if (percent != null && (percent < 0 || percent > 100)) {
			throw new IllegalArgumentException("a percentage lies between 0 and 100: " + percent);
		}
	}

	public static ReportedStatus noReport() {
		return NO_REPORT;
	}

	/**
	 * A rolled-up status with its stored percentage; no report when the status is null.
	 */
	public static ReportedStatus of(String status, Integer percent) {
		return status == null ? NO_REPORT : new ReportedStatus(CompletionStatus.valueOf(status), percent);
	}

	/** One country's status, whose percentage is its step on the completion scale. */
	public static ReportedStatus of(String status) {
		if (status == null) {
			return NO_REPORT;
		}
		CompletionStatus completion = CompletionStatus.valueOf(status);
		return new ReportedStatus(completion, completion.percent());
	}

	public boolean isReported() {
		return status != null;
	}

}
