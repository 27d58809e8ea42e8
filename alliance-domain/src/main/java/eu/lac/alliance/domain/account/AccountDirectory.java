package eu.lac.alliance.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The accounts as the administration pages read them, and which countries taking part
 * have an enabled focal point: a read model of a fixed number of statements, whatever the
 * number of accounts.
 */
public interface AccountDirectory {

	/**
	 * One page of the accounts, by role, country then user name; {@code countryCode} and
	 * {@code role} narrow the list when not null; {@code page} is 1-based.
	 */
	AccountPage accounts(String countryCode, Role role, int page, int size);

	Optional<AccountSummary> account(long id);

	/**
	 * Every country taking part (named on an item or a co-lead line, or a member of the
	 * Alliance) with its enabled focal points, those without one first.
	 */
	List<CountryCoverage> coverage();

	/** A page of accounts and how many match on every page. */
	record AccountPage(List<AccountSummary> accounts, long total) {
	}

	/** One account as listed: never its password hash. */
	record AccountSummary(long id, String username, Role role, String countryCode, String countryName, boolean enabled,
			boolean mustChangePassword, Instant createdAt) {

		public boolean isFocalPoint() {
			return role == Role.FOCAL_POINT;
		}

	}

	/** A country taking part and the user names of its enabled focal points. */
	record CountryCoverage(String code, String name, List<String> focalPoints) {

		public boolean uncovered() {
			return focalPoints.isEmpty();
		}

	}

}
