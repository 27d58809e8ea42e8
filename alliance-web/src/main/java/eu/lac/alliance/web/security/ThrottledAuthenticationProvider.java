package eu.lac.alliance.web.security;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionOperations;

import eu.lac.alliance.domain.account.SignInAttempts;
import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditTrail;

/**
 * Checks the password through the wrapped provider, but refuses to even try while an
 * account or an address has failed too often recently, and records every attempt, in
 * {@code sign_in_attempt} (what throttling counts) and in the audit trail (what admins
 * read), both in one transaction. The counts live in PostgreSQL, so several instances
 * throttle together.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider passwords;

	private final SignInAttempts attempts;

	private final SignInLimits limits;

	private final AuditTrail audit;

	private final TransactionOperations transactions;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInAttempts attempts, SignInLimits limits,
			AuditTrail audit, TransactionOperations transactions) {
		this.passwords = passwords;
		this.attempts = attempts;
		this.limits = limits;
		this.audit = audit;
		this.transactions = transactions;
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
			failed(username, address, "sign-in refused: too many recent failures");
			throw new SignInThrottled();
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			String name = username;
			transactions.executeWithoutResult(status -> {
				attempts.record(name, address, true);
				audit
					.record(result.getPrincipal() instanceof PortalUser user
							? AuditEvent.of(user.getUsername(), AuditKind.SIGN_IN_SUCCEEDED, "account",
									user.accountId(), "signed in")
							: AuditEvent.unattached(name, AuditKind.SIGN_IN_SUCCEEDED, "signed in"));
			});
			return result;
		}
		catch (AuthenticationException ex) {
			failed(username, address, (ex instanceof DisabledException) ? "sign-in refused: account disabled"
					: "sign-in failed: unknown name or wrong password");
			log.warn("Failed sign-in for '{}' from {}", username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void failed(String username, String address, String summary) {
		transactions.executeWithoutResult(status -> {
			attempts.record(username, address, false);
			audit.record(AuditEvent.unattached(username, AuditKind.SIGN_IN_FAILED, summary));
		});
	}

	private static String addressOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
