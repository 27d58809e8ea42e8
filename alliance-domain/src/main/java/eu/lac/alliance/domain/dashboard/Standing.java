package eu.lac.alliance.domain.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import eu.lac.alliance.domain.dashboard.DashboardReadModel.ItemRow;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ItemProgress;

/**
 * Where the commitments stood on one day: overall, per policy area, per dialogue (over
 * top-level items, whose progress takes in their sub-items), per country (over the items
 * it reports on), and which items are overdue or due soon.
 *
 * @param progress each item's rolled-up progress; items without a report are absent
 */
public record Standing(LocalDate day, StatusTally overall, List<Group> areas, List<Group> dialogues,
		List<CountryFigures> countries, List<DueItem> overdue, List<DueItem> upcoming,
		Map<Long, ItemProgress> progress) {

	/** A policy area or a dialogue with its items' tally. */
	public record Group(long id, String name, StatusTally tally) {
	}

	/** An item with a deadline and its progress (null: no report). */
	public record DueItem(ItemRow item, ItemProgress progress) {
	}

	/**
	 * A country's part: the items it reports on with its status on each, how many it is
	 * named on (or co-leads by its area's co-lead line) and how many it joined. What a
	 * page counts or lists of them (reported, unreported, stale) is sorted out once,
	 * here, not on every read: a standing is kept and shown many times, and a page reads
	 * these per row.
	 */
	public static final class CountryFigures {

		private final String code;

		private final String name;

		private final List<CountryItem> items;

		private final int named;

		private final int joined;

		private final Integer percent;

		private final List<CountryItem> unreported;

		private final List<CountryItem> staleItems;

		/**
		 * @param percent the mean percentage of its reported, not withdrawn statuses;
		 * null when none
		 */
		public CountryFigures(String code, String name, List<CountryItem> items, int named, int joined,
				Integer percent) {
			this.code = code;
			this.name = name;
			this.items = List.copyOf(items);
			this.named = named;
			this.joined = joined;
			this.percent = percent;
			this.unreported = this.items.stream().filter(item -> !item.reported()).toList();
			this.staleItems = this.items.stream().filter(CountryItem::stale).toList();
		}

		public String code() {
			return code;
		}

		public String name() {
			return name;
		}

		public List<CountryItem> items() {
			return items;
		}

		public int named() {
			return named;
		}

		public int joined() {
			return joined;
		}

		public Integer percent() {
			return percent;
		}

		public int reported() {
			return items.size() - unreported.size();
		}

		public int stale() {
			return staleItems.size();
		}

		public List<CountryItem> unreported() {
			return unreported;
		}

		public List<CountryItem> staleItems() {
			return staleItems;
		}

		/**
		 * Whether some of its items have no report yet: the secretariat follows these up.
		 */
		public boolean behind() {
			return !unreported.isEmpty();
		}

	}

	/**
	 * One item of a country: its status (null: no report), the day that status refers to,
	 * and whether it is stale (reported, not settled, and not updated in the stale
	 * period).
	 */
	public record CountryItem(ItemRow item, CompletionStatus status, LocalDate asOf, boolean stale) {

		public boolean reported() {
			return status != null;
		}

	}

	/** The figures of one country, if it takes part in any item. */
	public CountryFigures country(String code) {
		return countries.stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst().orElse(null);
	}

}
