package eu.lac.alliance.web.rendering;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The bodies of pages that are the same for everyone who asks the same thing under the
 * same version of the data (the dashboard, the item list), rendered once from a template
 * fragment and kept. Rendering their hundreds of rows took most of such a request's time
 * at 50 times the seeds; the page around a body (menu, who is signed in, the sign-out
 * form and its token) is still rendered for each request, and inserts the body with
 * {@code th:utext="${body.html}"}, the only unescaped insertion the templates may hold
 * ({@code TemplateTextTest}).
 * <p>
 * A body holds nothing of one person: no name, no token, no form that posts. It is
 * rendered without Spring's request-data processor, so no hidden field is ever added; the
 * fragments it is rendered from hold only links and GET forms. Each caller's key names
 * everything the body depends on, so a change shows on the next request: the data version
 * with the question, or the very values the body shows (an update of an item's history, a
 * record whose every field is part of its equality).
 */
@Component
public class KeptBodies {

	/** Characters kept at most, over all bodies: about 64 MB. */
	private static final long KEPT_CHARACTERS = 32L * 1024 * 1024;

	private final Cache<Kept, RenderedHtml> bodies = Caffeine.newBuilder()
		.maximumWeight(KEPT_CHARACTERS)
		.<Kept, RenderedHtml>weigher((kept, body) -> body.html().length())
		.build();

	private final SpringTemplateEngine templates;

	private final ApplicationContext application;

	private final ConversionService conversions;

	KeptBodies(SpringTemplateEngine templates, ApplicationContext application,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		this.templates = templates;
		this.application = application;
		this.conversions = conversions;
	}

	/**
	 * A template fragment that renders one page's body, such as
	 * {@code dashboard/body :: body}.
	 *
	 * @param template the template's name
	 * @param fragment the fragment in it
	 */
	public record Fragment(String template, String fragment) {
	}

	/** What one body is kept under: its fragment, its caller's key and the language. */
	private record Kept(Fragment fragment, Object key, Locale locale) {
	}

	/**
	 * This service for one request: its language, and the exchange and evaluation context
	 * every body it renders shares (a page may take several kept parts).
	 */
	public InRequest in(Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return new InRequest(locale, request, response);
	}

	/** Kept bodies in one request's language, rendered through that request. */
	public final class InRequest {

		private final Locale locale;

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		private IWebExchange exchange;

		private ThymeleafEvaluationContext evaluation;

		private InRequest(Locale locale, HttpServletRequest request, HttpServletResponse response) {
			this.locale = locale;
			this.request = request;
			this.response = response;
		}

		/**
		 * The body of {@code fragment} for {@code key}, rendered from the model
		 * {@code model} supplies when it is not kept yet.
		 * @param key everything the body depends on besides the language: the data
		 * version with the question, or the values the body shows; a record, so that
		 * equal questions find the same body
		 */
		public RenderedHtml kept(Fragment fragment, Object key, Supplier<Map<String, Object>> model) {
			return bodies.get(new Kept(fragment, key, locale), kept -> rendered(fragment, model.get()));
		}

		/**
		 * The body of {@code fragment} rendered now and not kept: for a question with a
		 * problem (a day or a parameter that could not be read), so that what people
		 * mistype does not push out what they read.
		 */
		public RenderedHtml rendered(Fragment fragment, Map<String, Object> model) {
			if (exchange == null) {
				exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response);
				evaluation = new ThymeleafEvaluationContext(application, conversions);
			}
			WebContext context = new WebContext(exchange, locale, model);
			context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					evaluation);
			return new RenderedHtml(templates.process(fragment.template(), Set.of(fragment.fragment()), context));
		}

	}

}
