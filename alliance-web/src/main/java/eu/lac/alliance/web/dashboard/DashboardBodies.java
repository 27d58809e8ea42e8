package eu.lac.alliance.web.dashboard;

import java.time.LocalDate;
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
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The dashboard's body, rendered once per version of the data and kept, for everyone who
 * sees the same one: the same day and basis, language, and audience (the secretariat and
 * admins, or the focal points of one country). Rendering its hundreds of rows took most
 * of a dashboard request's time at 50 times the seeds; the page around it (menu, who is
 * signed in, the sign-out form and its token) is still rendered for each request.
 * <p>
 * A body holds nothing of one person: no name, no token, no form that posts (the as-of
 * form is a GET, and the body is rendered without Spring's request-data processor, so no
 * hidden field is ever added). {@code DashboardBodyTest} checks both.
 */
@Component
class DashboardBodies {

	static final String TEMPLATE = "dashboard/body";

	static final String FRAGMENT = "body";

	/** Bodies kept at once; each is about 70 KB at 50 times the seeds. */
	private static final int KEPT = 64;

	private final Cache<Key, RenderedHtml> bodies = Caffeine.newBuilder().maximumSize(KEPT).build();

	private final SpringTemplateEngine templates;

	private final ApplicationContext application;

	private final ConversionService conversions;

	DashboardBodies(SpringTemplateEngine templates, ApplicationContext application,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		this.templates = templates;
		this.application = application;
		this.conversions = conversions;
	}

	/**
	 * Which body: under which version of the data, on which day (today's date moves the
	 * days since the summit), for which choice, language and audience.
	 *
	 * @param audience {@code staff}, or {@code focal:XX} for the focal points of country
	 * XX
	 */
	record Key(long version, LocalDate today, AsOfChoice choice, Locale locale, String audience) {
	}

	/**
	 * The body for {@code key}, rendered from the model {@code model} supplies when it is
	 * not kept yet; a choice with a problem (a day that could not be read) is rendered
	 * and not kept, so what people mistype does not push out what they read.
	 */
	RenderedHtml body(Key key, Supplier<Map<String, Object>> model, HttpServletRequest request,
			HttpServletResponse response) {
		if (key.choice().problem() != null) {
			return render(key.locale(), model.get(), request, response);
		}
		return bodies.get(key, k -> render(k.locale(), model.get(), request, response));
	}

	private RenderedHtml render(Locale locale, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		WebContext context = new WebContext(exchange, locale, model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, conversions));
		return new RenderedHtml(templates.process(TEMPLATE, Set.of(FRAGMENT), context));
	}

}
