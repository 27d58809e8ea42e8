package eu.lac.alliance.web.security;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/**
 * Refuses a sign-in because of too many recent failures for the account or the address.
 */
class SignInThrottled extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	SignInThrottled() {
		super("too many failed sign-ins");
	}

}
