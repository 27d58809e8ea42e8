package eu.lac.alliance.web.actionitem;

/**
 * The item list's parameters exactly as the URL gave them: all text, so that nothing a
 * person types into the address bar fails binding; {@link ItemListController} reads each
 * one and says which it ignored.
 */
record ItemListForm(String q, String area, String dialogue, String country, String status, String overdue, String sort,
		String dir, String page) {

}
