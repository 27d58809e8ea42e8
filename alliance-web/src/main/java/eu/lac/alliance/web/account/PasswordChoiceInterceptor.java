package eu.lac.alliance.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import eu.lac.alliance.web.security.PortalUser;

/**
 * Sends a user whose password an admin set (a new account, a reset) to the
 * change-password page from every other page, and refuses their other posts, until they
 * have chosen their own. Reads only the session's user: no statement per request.
 */
public class PasswordChoiceInterceptor implements HandlerInterceptor {

	/**
	 * Where such a user may still go; assets and sign-out are outside the interceptor.
	 */
	static final String PASSWORD_PAGE = "/account/password";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)
				|| !user.mustChangePassword()) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(PASSWORD_PAGE) || path.equals("/error")) {
			return true;
		}
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
		return false;
	}

}
