package eu.lac.alliance.web.account;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.account.AccountSessions;

/**
 * Ends an account's sessions in Spring Session JDBC, found through the principal-name
 * index it keeps: every instance behind the load balancer reads sessions from the same
 * table, so the user is signed out everywhere at their next request.
 */
@Component
class SpringSessionAccountSessions implements AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SpringSessionAccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@Override
	public int endAll(String username) {
		Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
		found.keySet().forEach(sessions::deleteById);
		return found.size();
	}

}
