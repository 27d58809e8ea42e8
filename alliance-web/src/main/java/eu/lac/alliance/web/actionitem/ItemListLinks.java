package eu.lac.alliance.web.actionitem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import eu.lac.alliance.domain.actionitem.ItemSort;
import eu.lac.alliance.domain.actionitem.StatusFilter;

/**
 * The item list's links, each keeping every filter the page was read with (only the valid
 * ones), so that paging or re-sorting never loses a choice.
 */
record ItemListLinks(String q, String area, String dialogue, String country, StatusFilter status, boolean overdue,
		ItemSort sort, boolean descending, int page) {

	/** The same list at page {@code number}. */
	public String page(int number) {
		return build(sort, descending, number);
	}

	/** The list ordered by {@code by}; again by the same order flips its direction. */
	public String sortBy(String by) {
		ItemSort next = ItemSort.valueOf(by.toUpperCase(java.util.Locale.ROOT));
		return build(next, next == sort && !descending, 1);
	}

	/** Whether the list is ordered by {@code by}. */
	public boolean sortedBy(String by) {
		return sort.name().equalsIgnoreCase(by);
	}

	private String build(ItemSort order, boolean desc, int number) {
		StringJoiner query = new StringJoiner("&", "/action-items?", "");
		add(query, "q", q == null || q.isEmpty() ? null : q);
		add(query, "area", area);
		add(query, "dialogue", dialogue);
		add(query, "country", country);
		add(query, "status", status == null ? null : status.name());
		add(query, "overdue", overdue ? "true" : null);
		add(query, "sort", order.name().toLowerCase(java.util.Locale.ROOT));
		add(query, "dir", desc ? "desc" : null);
		add(query, "page", number > 1 ? Integer.toString(number) : null);
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		if (value != null) {
			query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
