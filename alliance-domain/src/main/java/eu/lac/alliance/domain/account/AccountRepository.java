package eu.lac.alliance.domain.account;

import java.util.Optional;

/** The portal's accounts. */
public interface AccountRepository {

	<S extends Account> S save(S account);

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	long count();

}
