package eu.lac.alliance.web.dashboard;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The addresses the dashboard links to that are built from names (a policy area's slug),
 * for templates as {@code @dashboardLinks}.
 */
@Component("dashboardLinks")
public class Links {

	/** "Artificial Intelligence" → "artificial-intelligence". */
	public String policyAreaSlug(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
