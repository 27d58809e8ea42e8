package eu.lac.alliance.domain.progress;

/**
 * Someone else decided on the update first: the one decision stands, and the late
 * reviewer is told who made it.
 */
public class AlreadyDecided extends RuntimeException {

	private final ReviewState decision;

	private final String reviewer;

	public AlreadyDecided(ReviewState decision, String reviewer) {
		super("already " + decision.name().toLowerCase(java.util.Locale.ROOT) + " by " + reviewer);
		this.decision = decision;
		this.reviewer = reviewer;
	}

	public ReviewState decision() {
		return decision;
	}

	public String reviewer() {
		return reviewer;
	}

}
