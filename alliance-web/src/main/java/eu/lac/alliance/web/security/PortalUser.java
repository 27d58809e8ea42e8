package eu.lac.alliance.web.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.Role;

/**
 * The signed-in person as the web layer knows them: user name, role and, for a focal
 * point, its country. Kept in the session (in PostgreSQL), so it holds only plain values.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 2L;

	private final String username;

	private String passwordHash;

	private final Role role;

	private final String countryCode;

	private final boolean enabled;

	private final long accountId;

	private final boolean mustChangePassword;

	PortalUser(Account account) {
		this.accountId = account.getId();
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.role = account.getRole();
		this.countryCode = account.countryCode();
		this.enabled = account.isEnabled();
		this.mustChangePassword = account.isMustChangePassword();
	}

	private PortalUser(PortalUser user, boolean mustChangePassword) {
		this.accountId = user.accountId;
		this.username = user.username;
		this.passwordHash = user.passwordHash;
		this.role = user.role;
		this.countryCode = user.countryCode;
		this.enabled = user.enabled;
		this.mustChangePassword = mustChangePassword;
	}

	/** The id of the account, for the audit trail. */
	public long accountId() {
		return accountId;
	}

	/**
	 * Whether an admin set this account's password (new account, reset): until the user
	 * chooses their own, every page leads to the change-password page.
	 */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** The same user once they have chosen their own password. */
	public PortalUser withPasswordChosen() {
		return new PortalUser(this, false);
	}

	public Role role() {
		return role;
	}

	/**
	 * The focal point's country (ISO alpha-2), or null for the secretariat and admins.
	 */
	public String countryCode() {
		return countryCode;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
