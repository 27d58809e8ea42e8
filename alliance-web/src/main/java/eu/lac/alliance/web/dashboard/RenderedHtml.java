package eu.lac.alliance.web.dashboard;

/**
 * Markup the template engine rendered, with every document and user text in it escaped as
 * {@code th:text} escapes it, so that a page may insert it as it is. Only
 * {@link DashboardBodies} makes one, from a template; nothing else is ever wrapped in it.
 */
record RenderedHtml(String html) {
}
