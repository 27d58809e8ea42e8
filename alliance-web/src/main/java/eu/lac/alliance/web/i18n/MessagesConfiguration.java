package eu.lac.alliance.web.i18n;

import java.time.Duration;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The message source, configured from the same {@code spring.messages.*} settings as
 * Spring Boot's own, but one that formats without a shared lock
 * ({@link UnsharedFormatMessageSource}). Declaring the bean {@code messageSource} is what
 * makes Boot step back.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		UnsharedFormatMessageSource messages = new UnsharedFormatMessageSource();
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		messages.setDefaultEncoding(properties.getEncoding().name());
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		Duration cacheDuration = properties.getCacheDuration();
		if (cacheDuration != null) {
			messages.setCacheMillis(cacheDuration.toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return messages;
	}

}
