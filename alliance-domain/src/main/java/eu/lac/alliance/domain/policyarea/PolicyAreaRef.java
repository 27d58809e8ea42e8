package eu.lac.alliance.domain.policyarea;

/** A policy area as pages name and link it. */
public record PolicyAreaRef(long id, String name, String code) {

	public String slug() {
		return PolicyAreaSlug.of(name);
	}

}
