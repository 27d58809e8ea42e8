package eu.lac.alliance.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * Messages with arguments are formatted on a format of their own, so requests do not
 * queue on one lock per message; and they still read as the bundles say, in each
 * language, from many threads at once.
 */
class UnsharedFormatMessageSourceTest {

	private final UnsharedFormatMessageSource messages = messages();

	private static UnsharedFormatMessageSource messages() {
		UnsharedFormatMessageSource messages = new UnsharedFormatMessageSource();
		messages.setBasenames("messages", "i18n/dashboard");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void eachFormattingGetsAFormatOfItsOwn() {
		assertThat(messages.resolveCode("dashboard.percent", Locale.ENGLISH)).isNotNull()
			.isNotSameAs(messages.resolveCode("dashboard.percent", Locale.ENGLISH));
		assertThat(messages.resolveCode("no.such.key", Locale.ENGLISH)).isNull();
	}

	@Test
	void argumentsAreFormattedPerLanguageFromManyThreadsAtOnce() throws Exception {
		String english = messages.getMessage("dashboard.followUp.count", new Object[] { 2, 3 }, Locale.ENGLISH);
		String spanish = messages.getMessage("dashboard.followUp.count", new Object[] { 2, 3 }, new Locale("es"));
		assertThat(english).isEqualTo("2 of 3 items not reported on");
		assertThat(spanish).isEqualTo("2 de 3 acciones sin informe");
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> tasks = new ArrayList<>();
			for (int task = 0; task < 64; task++) {
				int n = task;
				tasks.add(() -> {
					for (int i = 0; i < 500; i++) {
						String formatted = messages.getMessage("dashboard.followUp.count", new Object[] { n, i },
								Locale.ENGLISH);
						if (!formatted.equals(n + " of " + i + " items not reported on")) {
							return false;
						}
					}
					return true;
				});
			}
			for (Future<Boolean> result : threads.invokeAll(tasks)) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
