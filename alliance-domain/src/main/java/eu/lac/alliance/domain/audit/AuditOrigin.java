package eu.lac.alliance.domain.audit;

import java.util.Optional;

/**
 * Where the change being recorded came from (the client's address as the web layer sees
 * it, behind forwarded headers). Empty outside a request: the command line, start-up.
 */
@FunctionalInterface
public interface AuditOrigin {

	Optional<String> address();

	/** For processes with no request: imports from the command line, first start. */
	static AuditOrigin none() {
		return Optional::empty;
	}

}
