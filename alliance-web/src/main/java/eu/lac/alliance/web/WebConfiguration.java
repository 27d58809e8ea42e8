package eu.lac.alliance.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans the web layer shares: the clock that "today" comes from, replaceable in tests.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
