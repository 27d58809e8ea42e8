package eu.lac.alliance.web.rendering;

/**
 * Markup the template engine rendered, with every document and user text in it escaped as
 * {@code th:text} escapes it, so that a page may insert it as it is. Only
 * {@link KeptBodies} makes one, from a template; nothing else is ever wrapped in it.
 *
 * @param html the markup
 */
public record RenderedHtml(String html) {

	public RenderedHtml {
		java.util.Objects.requireNonNull(html);
	}

}
