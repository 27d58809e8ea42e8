package eu.lac.alliance.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The portal's message bundles, with a message that takes arguments formatted on a
 * {@link MessageFormat} of its own rather than on one shared by every request.
 * <p>
 * {@link ResourceBundleMessageSource} keeps one {@code MessageFormat} per message and
 * locale and formats under a lock on it, since {@code MessageFormat} is not thread-safe.
 * A dashboard formats such a message (a percentage, a count) on every row, so under 32
 * concurrent requests on two cores the threads queued on that lock for 100-250 ms at a
 * time and the dashboard's throughput fell to a few requests per second (Java Flight
 * Recorder: {@code jdk.JavaMonitorEnter} on {@code java.text.MessageFormat}, 1,217 waits
 * in 20 s). Parsing a short pattern again costs microseconds; the bundles' text is still
 * looked up in the superclass's caches.
 */
class UnsharedFormatMessageSource extends ResourceBundleMessageSource {

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		String pattern = resolveCodeWithoutArguments(code, locale);
		return pattern == null ? null : createMessageFormat(pattern, locale);
	}

}
