package eu.lac.alliance.web.dashboard;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.policyarea.PolicyAreaSlug;

/**
 * The addresses the dashboard builds from names, for templates as
 * {@code @dashboardLinks}: a policy area's slug by the one rule the area pages resolve.
 */
@Component("dashboardLinks")
public class Links {

	/** "Artificial Intelligence" → "artificial-intelligence". */
	public String policyAreaSlug(String name) {
		return PolicyAreaSlug.of(name);
	}

}
