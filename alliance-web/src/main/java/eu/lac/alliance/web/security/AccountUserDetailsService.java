package eu.lac.alliance.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountRepository;

/** Loads the account that is signing in from PostgreSQL. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name;
		try {
			name = Account.normalised(username);
		}
		catch (IllegalArgumentException ex) {
			throw new UsernameNotFoundException("no such account");
		}
		return accounts.findByUsername(name)
			.map(PortalUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
