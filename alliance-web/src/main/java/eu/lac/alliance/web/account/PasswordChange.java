package eu.lac.alliance.web.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.account.PasswordRules;
import eu.lac.alliance.domain.audit.AuditEvent;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditTrail;

/**
 * A signed-in user changes their own password, after proving they know the current one
 * (for a password an admin set, that one); recorded in the audit trail in the same
 * transaction.
 */
@Service
class PasswordChange {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	PasswordChange(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail audit) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	/**
	 * What went wrong, as a field and a message key, or null when the password was
	 * changed.
	 */
	record Refusal(String field, String messageKey) {
	}

	@Transactional
	Refusal change(String username, PasswordForm form) {
		Account account = accounts.findByUsername(username).orElseThrow();
		if (form.getCurrentPassword() == null
				|| !passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			return new Refusal("currentPassword", "password.problem.current-wrong");
		}
		var problem = PasswordRules.problemWith(username, form.getNewPassword());
		if (problem.isPresent()) {
			return new Refusal("newPassword", problem.get().messageKey());
		}
		if (!form.getNewPassword().equals(form.getConfirmation())) {
			return new Refusal("confirmation", "password.problem.confirmation-differs");
		}
		boolean wasOneTime = account.isMustChangePassword();
		account.changePasswordHash(passwordEncoder.encode(form.getNewPassword()));
		audit.record(AuditEvent.of(username, AuditKind.PASSWORD_CHANGED, "account", account.getId(),
				wasOneTime ? "chose a password in place of the one an admin set" : "changed their password"));
		return null;
	}

}
