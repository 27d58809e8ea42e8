package eu.lac.alliance.persistence.progress;

import java.time.Clock;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.domain.country.AllianceMembershipRepository;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.policyarea.CoLeadRepository;
import eu.lac.alliance.domain.progress.CurrentStatusTables;
import eu.lac.alliance.domain.progress.ProgressCommentRepository;
import eu.lac.alliance.domain.progress.ProgressReviewRepository;
import eu.lac.alliance.domain.progress.ProgressUpdateRepository;
import eu.lac.alliance.domain.progress.ProgressWorkflow;

/**
 * Wires the domain's {@link ProgressWorkflow} (plain Java, no Spring) with this module's
 * repositories, each of its methods one transaction: a refusal or a lost race rolls back
 * everything the call wrote, the current-status tables included.
 */
@Configuration(proxyBeanMethods = false)
class ProgressWorkflowConfiguration {

	@Bean
	ProgressWorkflow progressWorkflow(ActionItemRepository items, CoLeadRepository coLeads, CountryRepository countries,
			AllianceMembershipRepository memberships, ProgressUpdateRepository updates,
			ProgressReviewRepository reviews, ProgressCommentRepository comments, CurrentStatusTables currentStatus,
			AuditTrail audit, ObjectProvider<Clock> clock, PlatformTransactionManager transactions) {
		ProgressWorkflow workflow = new ProgressWorkflow(items, coLeads, countries, memberships, updates, reviews,
				comments, currentStatus, audit, clock.getIfAvailable(Clock::systemUTC));
		ProxyFactory proxy = new ProxyFactory(workflow);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new TransactionInterceptor(transactions, new MatchAlwaysTransactionAttributeSource()));
		return (ProgressWorkflow) proxy.getProxy(ProgressWorkflow.class.getClassLoader());
	}

}
