package eu.lac.alliance.persistence.correction;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.audit.AuditTrail;
import eu.lac.alliance.domain.correction.Corrections;
import eu.lac.alliance.domain.correction.HandCorrections;
import eu.lac.alliance.domain.correction.OrganisationMerge;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.dialogue.DialogueRepository;
import eu.lac.alliance.domain.organisation.OrganisationGroupRepository;
import eu.lac.alliance.domain.organisation.OrganisationRepository;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.domain.progress.CurrentStatusTables;

/**
 * Wires the domain's {@link Corrections} (plain Java) with this module's repositories,
 * each of its methods one transaction: a refused or invalid correction rolls back
 * whatever the call wrote, audit event and current-status tables included.
 */
@Configuration(proxyBeanMethods = false)
class CorrectionsConfiguration {

	@Bean
	Corrections corrections(ActionItemRepository items, DialogueRepository dialogues, PolicyAreaRepository policyAreas,
			CountryRepository countries, OrganisationRepository organisations, OrganisationGroupRepository groups,
			HandCorrections handCorrections, OrganisationMerge merge, AuditTrail audit,
			CurrentStatusTables currentStatus, PlatformTransactionManager transactions) {
		Corrections corrections = new Corrections(items, dialogues, policyAreas, countries, organisations, groups,
				handCorrections, merge, audit, currentStatus);
		ProxyFactory proxy = new ProxyFactory(corrections);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new TransactionInterceptor(transactions, new MatchAlwaysTransactionAttributeSource()));
		return (Corrections) proxy.getProxy(Corrections.class.getClassLoader());
	}

}
