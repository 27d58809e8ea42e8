package eu.lac.alliance.domain.overview;

/**
 * How many active action items a policy area holds, how many have a dated deadline and
 * how many of those deadlines lie before a given day: the first figures of the
 * dashboard's per-area view.
 */
public interface PolicyAreaItemCount {

	String getPolicyArea();

	long getItems();

	long getWithDeadline();

	long getPastDeadline();

}
