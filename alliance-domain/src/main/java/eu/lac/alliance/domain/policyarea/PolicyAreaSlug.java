package eu.lac.alliance.domain.policyarea;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name of a policy area as it appears in a URL ({@code /policy-areas/cybersecurity}):
 * the English name folded to lower case ASCII, with a hyphen for every run of other
 * characters. Derived, not stored, so an area an import brings has one at once.
 */
public final class PolicyAreaSlug {

	private PolicyAreaSlug() {
	}

	public static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.isEmpty()) {
			throw new IllegalArgumentException("no slug for a policy area named " + name);
		}
		return slug;
	}

}
