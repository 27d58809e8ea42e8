package eu.lac.alliance.web.imports;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an upload over the size limit reach the upload page. Tomcat refuses such a request
 * as soon as anything reads a parameter, and the first reader is the security filter
 * looking for the CSRF token; so, before the security filters, the parts of an upload to
 * {@code /admin/imports} are read here, and when the container refuses them the request
 * goes on with only its query string as parameters (the form puts its CSRF token there),
 * its parts failing as the container failed them. Spring MVC then turns that failure into
 * the {@code MaxUploadSizeExceededException} the import pages answer with a message
 * naming the file. Security is unchanged: the token and the admin role are still checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class OversizedUploads extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| !request.getRequestURI().equals(request.getContextPath() + "/admin/imports");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			chain.doFilter(new RefusedParts(request, ex), response);
			return;
		}
		catch (RuntimeException ex) {
			chain.doFilter(new RefusedParts(request, new IllegalStateException(ex.getMessage(), ex)), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The request with its query string as its only parameters and its parts refused. */
	static final class RefusedParts extends HttpServletRequestWrapper {

		private final Exception failure;

		private final Map<String, String[]> query = new LinkedHashMap<>();

		RefusedParts(HttpServletRequest request, Exception failure) {
			super(request);
			this.failure = failure;
			String string = request.getQueryString();
			if (string != null) {
				for (String pair : string.split("&")) {
					int equals = pair.indexOf('=');
					String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals),
							StandardCharsets.UTF_8);
					String value = equals < 0 ? ""
							: URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
					query.merge(name, new String[] { value }, (a, b) -> {
						String[] both = java.util.Arrays.copyOf(a, a.length + 1);
						both[a.length] = b[0];
						return both;
					});
				}
			}
		}

		@Override
		public String getParameter(String name) {
			String[] values = query.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(query);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(query.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return query.get(name);
		}

		@Override
		public Collection<Part> getParts() {
			throw failure instanceof IllegalStateException state ? state
					: new IllegalStateException(failure.getMessage(), failure);
		}

		@Override
		public Part getPart(String name) {
			return getParts().iterator().next();
		}

	}

}
