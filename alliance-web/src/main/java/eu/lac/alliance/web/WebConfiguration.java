package eu.lac.alliance.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import eu.lac.alliance.web.account.PasswordChoiceInterceptor;

/**
 * Beans the web layer shares: the clock that "today" comes from (replaceable in tests),
 * and the language: the browser's by default, switched with {@code ?lang=es} and
 * remembered in a cookie. Static files are served from their own few paths rather than
 * Spring Boot's default {@code /**}: with that default every link a page writes went
 * through the resource chain's URL rewriting and was looked up in the jar as a possible
 * file (a third of the dashboard's time on 50 times the seeds).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
			Locale.forLanguageTag("pt"));

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("alliance-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(request -> {
			Locale browser = request.getLocale();
			return LANGUAGES.stream()
				.filter(language -> language.getLanguage().equals(browser.getLanguage()))
				.findFirst()
				.orElse(Locale.ENGLISH);
		});
		return resolver;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl aDay = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(aDay)
			.resourceChain(true);
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(aDay)
			.resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(aDay)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new PasswordChoiceInterceptor())
			.excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/login", "/logout");
	}

}
