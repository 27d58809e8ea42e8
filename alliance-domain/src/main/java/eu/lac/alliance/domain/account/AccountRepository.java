package eu.lac.alliance.domain.account;

import java.util.List;
import java.util.Optional;

/** The portal's accounts. */
public interface AccountRepository {

	<S extends Account> S save(S account);

	Optional<Account> findById(Long id);

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	long count();

	/**
	 * The enabled accounts of {@code role}, locked until the transaction ends, so that
	 * two admins disabling each other at once cannot both succeed.
	 */
	List<Account> findByRoleAndEnabledTrue(Role role);

}
