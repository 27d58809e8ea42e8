package eu.lac.alliance.domain.actionitem;

import java.time.LocalDate;
import java.util.List;

import eu.lac.alliance.domain.policyarea.PolicyAreaRef;
import eu.lac.alliance.domain.progress.ReportedStatus;

/**
 * The item list: full-text search with filters, sorting and pages, in a fixed number of
 * statements whatever the number of items.
 */
public interface ActionItemSearch {

	/**
	 * One page of the active items {@code query} selects, as they stand on {@code today}.
	 */
	ItemPage search(ItemQuery query, LocalDate today);

	/**
	 * What the filters offer: the policy areas, the dialogues and the countries taking
	 * part.
	 */
	FilterOptions options();

	/** A row of the list. */
	record ItemRow(long id, String code, String title, long dialogueId, String dialogueTitle, PolicyAreaRef area,
			LocalDate deadline, String deadlineText, ReportedStatus status, boolean overdue) {
	}

	/** One page of rows, with the number of items the query selects in all. */
	record ItemPage(List<ItemRow> rows, long total, int page, int size) {

		/** How many pages the query fills; at least one, even when empty. */
		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	/** A dialogue or a country as a filter names it. */
	record Option(String value, String label) {
	}

	/** The choices of the list's filters. */
	record FilterOptions(List<PolicyAreaRef> areas, List<Option> dialogues, List<Option> countries) {
	}

}
