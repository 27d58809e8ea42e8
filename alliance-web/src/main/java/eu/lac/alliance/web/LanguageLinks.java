package eu.lac.alliance.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The layout's language links keep the page the reader is on, with its query (a day on
 * the dashboard, the item list's filters), and change only {@code lang}.
 */
@ControllerAdvice
class LanguageLinks {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale language : WebConfiguration.LANGUAGES) {
			links.put(language.getLanguage(),
					UriComponentsBuilder
						.fromUriString("?" + (request.getQueryString() == null ? "" : request.getQueryString()))
						.replaceQueryParam("lang", language.getLanguage())
						.build()
						.toUriString());
		}
		return links;
	}

}
