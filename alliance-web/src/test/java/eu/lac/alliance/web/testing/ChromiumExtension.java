package eu.lac.alliance.web.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium per browser test class, started before its first test and quit
 * after its last, so that no browser class repeats the start and stop code (or forgets
 * the stop). Register it in a static field:
 * {@code @RegisterExtension static final ChromiumExtension chromium = ChromiumExtension.speaking("en");}
 * and reach the browser with {@link #browser()}.
 */
public final class ChromiumExtension implements BeforeAllCallback, AfterAllCallback {

	private final String language;

	private WebDriver browser;

	private ChromiumExtension(String language) {
		this.language = language;
	}

	/** A Chromium whose pages ask for {@code language} first. */
	public static ChromiumExtension speaking(String language) {
		return new ChromiumExtension(language);
	}

	/** The class's browser; only between its first and its last test. */
	public WebDriver browser() {
		if (browser == null) {
			throw new IllegalStateException(
					"Chromium runs from the class's first test to its last: register the extension in a static field");
		}
		return browser;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		browser = Chromium.start(language);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (browser != null) {
			try {
				browser.quit();
			}
			finally {
				browser = null;
			}
		}
	}

}
