package eu.lac.alliance.persistence.account;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.account.Role;
import jakarta.persistence.LockModeType;

/** Spring Data's implementation of the domain's {@link AccountRepository}. */
public interface JpaAccountRepository extends JpaRepository<Account, Long>, AccountRepository {

	/**
	 * Locks the rows ({@code select ... for update}): of two admins disabling each other
	 * at once, the second waits for the first and then sees it is the last.
	 */
	@Override
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<Account> findByRoleAndEnabledTrue(Role role);

}
