package eu.lac.alliance.web.audit;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import eu.lac.alliance.domain.audit.AuditOrigin;

/**
 * The address an audited change came from: the client's, as the servlet container gives
 * it after the forwarded headers a proxy set (server.forward-headers-strategy).
 */
@Component
class RequestOrigin implements AuditOrigin {

	@Override
	public Optional<String> address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
		}
		return Optional.empty();
	}

}
