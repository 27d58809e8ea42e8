package eu.lac.alliance.web.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.account.PasswordRules;

/**
 * A signed-in user changes their own password, after proving they know the current one.
 */
@Service
class PasswordChange {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	PasswordChange(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
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
		account.changePasswordHash(passwordEncoder.encode(form.getNewPassword()));
		return null;
	}

}
