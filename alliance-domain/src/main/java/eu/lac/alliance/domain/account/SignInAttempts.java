package eu.lac.alliance.domain.account;

/**
 * The record of sign-in attempts that throttling counts, shared by every instance of the
 * portal because it lives in the database. Times are the database's.
 */
public interface SignInAttempts {

	/**
	 * Records one attempt; {@code username} as typed, whether or not such an account
	 * exists.
	 */
	void record(String username, String address, boolean succeeded);

	/**
	 * Failed attempts for {@code username} in the last {@code minutes} minutes, counted
	 * since its last successful sign-in.
	 */
	long recentFailuresForUsername(String username, int minutes);

	/** Failed attempts from {@code address} in the last {@code minutes} minutes. */
	long recentFailuresFromAddress(String address, int minutes);

}
