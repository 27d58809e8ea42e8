package eu.lac.alliance.domain.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A person who signs in: a user name, a password hash (never the password), a role, and
 * for a focal point the one country it reports for. The password hash is produced by the
 * caller's encoder, so the domain stays free of any security framework.
 */
@Entity
@Table(name = "account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Account {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "username", nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	@Column(name = "enabled", nullable = false)
	private boolean enabled;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	private Account(String username, String passwordHash, Role role, Country country) {
		this.username = normalised(username);
		this.passwordHash = requireHash(passwordHash);
		this.role = Objects.requireNonNull(role, "role");
		requireCountryFits(role, country);
		this.country = country;
		this.enabled = true;
	}

	public static Account admin(String username, String passwordHash) {
		return new Account(username, passwordHash, Role.ADMIN, null);
	}

	public static Account secretariat(String username, String passwordHash) {
		return new Account(username, passwordHash, Role.SECRETARIAT, null);
	}

	public static Account focalPoint(String username, String passwordHash, Country country) {
		return new Account(username, passwordHash, Role.FOCAL_POINT, country);
	}

	/**
	 * The user name as stored: lower case, so that "Focal-CL" and "focal-cl" are one
	 * account.
	 */
	public static String normalised(String username) {
		String name = Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"a user name is 2 to 60 lower-case letters, digits, dots, dashes or underscores: " + username);
		}
		return name;
	}

	/**
	 * Replaces the password hash with one the user chose; the caller has checked the
	 * current password. A password an admin had set is thereby replaced.
	 */
	public void changePasswordHash(String newPasswordHash) {
		this.passwordHash = requireHash(newPasswordHash);
		this.mustChangePassword = false;
	}

	/**
	 * Sets a password an admin gave (a new account, a reset): the user must choose their
	 * own at the next sign-in.
	 */
	public void setOneTimePasswordHash(String oneTimePasswordHash) {
		this.passwordHash = requireHash(oneTimePasswordHash);
		this.mustChangePassword = true;
	}

	/** Nobody signs in with this account any more; its history stays. */
	public void disable() {
		this.enabled = false;
	}

	/** The account may sign in again. */
	public void enable() {
		this.enabled = true;
	}

	/**
	 * Gives the account another role; a focal point needs its country, the other roles
	 * none.
	 */
	public void changeRole(Role newRole, Country newCountry) {
		Objects.requireNonNull(newRole, "role");
		requireCountryFits(newRole, newCountry);
		this.role = newRole;
		this.country = newCountry;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	public boolean isFocalPoint() {
		return role == Role.FOCAL_POINT;
	}

	/** The ISO code of the focal point's country, or null for other roles. */
	public String countryCode() {
		return country == null ? null : country.getCode();
	}

	/** A new account of {@code role}, with a password an admin gave. */
	public static Account withOneTimePassword(String username, String passwordHash, Role role, Country country) {
		Account account = new Account(username, passwordHash, role, country);
		account.mustChangePassword = true;
		return account;
	}

	private static void requireCountryFits(Role role, Country country) {
		if ((role == Role.FOCAL_POINT) != (country != null)) {
			throw new IllegalArgumentException(role == Role.FOCAL_POINT
					? "a focal point reports for exactly one country" : "only a focal point is bound to a country");
		}
	}

	private static String requireHash(String hash) {
		if (hash == null || hash.isBlank()) {
			throw new IllegalArgumentException("an account needs a password hash");
		}
		return hash;
	}

}
