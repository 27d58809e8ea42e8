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

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	private Account(String username, String passwordHash, Role role, Country country) {
		this.username = normalised(username);
		this.passwordHash = requireHash(passwordHash);
		this.role = Objects.requireNonNull(role, "role");
		if ((role == Role.FOCAL_POINT) != (country != null)) {
			throw new IllegalArgumentException(role == Role.FOCAL_POINT
					? "a focal point reports for exactly one country" : "only a focal point is bound to a country");
		}
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

	/** Replaces the password hash; the caller has checked the current password. */
	public void changePasswordHash(String newPasswordHash) {
		this.passwordHash = requireHash(newPasswordHash);
	}

	public boolean isFocalPoint() {
		return role == Role.FOCAL_POINT;
	}

	/** The ISO code of the focal point's country, or null for other roles. */
	public String countryCode() {
		return country == null ? null : country.getCode();
	}

	private static String requireHash(String hash) {
		if (hash == null || hash.isBlank()) {
			throw new IllegalArgumentException("an account needs a password hash");
		}
		return hash;
	}

}
