package eu.lac.alliance.persistence.account;

import org.springframework.data.jpa.repository.JpaRepository;

import eu.lac.alliance.domain.account.Account;
import eu.lac.alliance.domain.account.AccountRepository;

/** Spring Data's implementation of the domain's {@link AccountRepository}. */
public interface JpaAccountRepository extends JpaRepository<Account, Long>, AccountRepository {

}
