package eu.lac.alliance.web.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.account.PasswordHashing;
import eu.lac.alliance.domain.account.SignInAttempts;
import eu.lac.alliance.domain.audit.AuditTrail;

/**
 * Who may reach what: every page needs sign-in except the sign-in page, static assets and
 * health. Form login against accounts in PostgreSQL, throttled; CSRF on every form; a
 * Content-Security-Policy without inline script or style; sessions in PostgreSQL (Spring
 * Session JDBC) with a new id at sign-in. These are the first line only: every write is
 * checked again where the change happens.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInLimits.class)
class SecurityConfiguration {

	/** Pages and assets anyone may fetch. */
	static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/actuator/health",
			"/error" };

	/**
	 * Pages for admins only (accounts, audit, imports); the secretariat's view of which
	 * countries have a focal point is {@code /focal-points}.
	 */
	static final String[] ADMIN_ONLY = { "/admin/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, AuthenticationManager signIn) throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		http.authenticationManager(signIn)
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
				.permitAll()
				.requestMatchers(ADMIN_ONLY)
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.defaultSuccessUrl("/", false)
				.failureHandler((request, response, exception) -> {
					if (exception instanceof SignInThrottled) {
						response.sendRedirect(request.getContextPath() + "/login?throttled");
					}
					else {
						failure.onAuthenticationFailure(request, response, exception);
					}
				})
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The domain's way to hash the passwords admins give, through the same encoder. */
	@Bean
	PasswordHashing passwordHashing(PasswordEncoder passwordEncoder) {
		return passwordEncoder::encode;
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder,
			SignInAttempts attempts, SignInLimits limits, AuditTrail audit, TransactionTemplate transactions) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(
				new ThrottledAuthenticationProvider(passwords, attempts, limits, audit, transactions));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

}
