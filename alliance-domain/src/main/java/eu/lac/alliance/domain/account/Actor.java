package eu.lac.alliance.domain.account;

import java.util.Objects;

/**
 * Who asks for a change, as the domain's services need to judge it: the account's name,
 * its role and, for a focal point, its country. Built by the web layer from the signed-in
 * user; the services decide what it may do.
 */
public record Actor(String username, Role role, String countryCode) {

	public Actor {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
		if (role == Role.FOCAL_POINT && (countryCode == null || countryCode.isBlank())) {
			throw new IllegalArgumentException("a focal point is bound to a country; expected one but found none");
		}
	}

	/** Admins and the secretariat: they log for any participating country and review. */
	public boolean isSecretariat() {
		return role == Role.ADMIN || role == Role.SECRETARIAT;
	}

	/** Whether this is the focal point of {@code code}. */
	public boolean isFocalPointOf(String code) {
		return role == Role.FOCAL_POINT && countryCode.equalsIgnoreCase(code);
	}

}
