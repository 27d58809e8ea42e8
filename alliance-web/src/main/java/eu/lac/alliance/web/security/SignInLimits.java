package eu.lac.alliance.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins within a window an account or an address may have before
 * further attempts are refused for the rest of the window.
 *
 * @param perAccount failures allowed per account since its last successful sign-in
 * @param perAddress failures allowed per client address
 * @param windowMinutes the window, in minutes
 */
@ConfigurationProperties("alliance.sign-in")
record SignInLimits(int perAccount, int perAddress, int windowMinutes) {

	SignInLimits {
		perAccount = perAccount > 0 ? perAccount : 5;
		perAddress = perAddress > 0 ? perAddress : 20;
		windowMinutes = windowMinutes > 0 ? windowMinutes : 15;
	}

}
