package eu.lac.alliance.web.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import eu.lac.alliance.domain.account.Role;

/** The account list's filters as read, and the links to its pages keeping them. */
record AccountListLinks(String country, Role role) {

	/** The same selection at page {@code number} (as the pagination fragment asks). */
	public String page(int number) {
		StringJoiner query = new StringJoiner("&", "/admin/accounts?", "").setEmptyValue("/admin/accounts");
		if (country != null) {
			query.add("country=" + URLEncoder.encode(country, StandardCharsets.UTF_8));
		}
		if (role != null) {
			query.add("role=" + role.name());
		}
		if (number > 1) {
			query.add("page=" + number);
		}
		return query.toString();
	}

}
