package eu.lac.alliance.persistence.account;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import eu.lac.alliance.domain.account.AccountAdministration;
import eu.lac.alliance.domain.account.AccountRepository;
import eu.lac.alliance.domain.account.AccountSessions;
import eu.lac.alliance.domain.account.PasswordHashing;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.domain.country.CountryRepository;

/**
 * Wires the domain's {@link AccountAdministration} (plain Java) with this module's
 * repositories, each of its methods one transaction, so that an account change and its
 * audit event are stored together or not at all. The password hashing and the sessions
 * come from the web module; without them (persistence tests) passwords are refused.
 */
@Configuration(proxyBeanMethods = false)
class AccountAdministrationConfiguration {

	@Bean
	AccountAdministration accountAdministration(AccountRepository accounts, CountryRepository countries,
			ObjectProvider<PasswordHashing> hashing, ObjectProvider<AccountSessions> sessions, AuditTrail audit,
			PlatformTransactionManager transactions) {
		PasswordHashing passwords = password -> hashing.getObject().hash(password);
		AccountAdministration administration = new AccountAdministration(accounts, countries, passwords,
				username -> sessions.getIfAvailable(AccountSessions::none).endAll(username), audit);
		ProxyFactory proxy = new ProxyFactory(administration);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new TransactionInterceptor(transactions, new MatchAlwaysTransactionAttributeSource()));
		return (AccountAdministration) proxy.getProxy(AccountAdministration.class.getClassLoader());
	}

}
