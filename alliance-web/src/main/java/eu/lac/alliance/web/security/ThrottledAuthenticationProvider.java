package eu.lac.alliance.web.security;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import eu.lac.alliance.domain.account.SignInAttempts;

/**
 * Checks the password through the wrapped provider, but refuses to even try while an
 * account or an address has failed too often recently, and records every attempt. The
 * counts live in PostgreSQL, so several instances throttle together.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider passwords;

	private final SignInAttempts attempts;

	private final SignInLimits limits;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInAttempts attempts, SignInLimits limits) {
		this.passwords = passwords;
		this.attempts = attempts;
		this.limits = limits;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getPrincipal()).strip().toLowerCase(Locale.ROOT);
		if (username.length() > 200) {
			username = username.substring(0, 200);
		}
		String address = addressOf(authentication);
		if (attempts.recentFailuresForUsername(username, limits.windowMinutes()) >= limits.perAccount()
				|| attempts.recentFailuresFromAddress(address, limits.windowMinutes()) >= limits.perAddress()) {
			log.warn("Sign-in refused without checking the password: too many recent failures for '{}' or from {}",
					username, address);
			attempts.record(username, address, false);
			throw new SignInThrottled();
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			attempts.record(username, address, true);
			return result;
		}
		catch (AuthenticationException ex) {
			attempts.record(username, address, false);
			log.warn("Failed sign-in for '{}' from {}", username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String addressOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
