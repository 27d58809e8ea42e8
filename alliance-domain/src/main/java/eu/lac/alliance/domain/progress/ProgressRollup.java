package eu.lac.alliance.domain.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that turns per-country statuses and sub-items into one item's progress.
 *
 * <ol>
 * <li>An item's units are its sub-items when it has any (each rolled up by this same
 * rule), else the countries taking part in it (each at its latest validated status; a
 * country with none is not started).</li>
 * <li>Withdrawn units are left out. If every unit is withdrawn, the item is withdrawn;
 * with no units at all it is not started.</li>
 * <li>The percentage is the mean of the units' percentages (not started 0, limited 33,
 * substantial 67, complete 100), rounded half up.</li>
 * <li>The status is complete when every unit is complete, not started when every unit is
 * not started, and otherwise limited below 50% and substantial from 50%.</li>
 * </ol>
 *
 * <p>
 * "No report" is its own state, never 0 %: {@link #ofReportedCountries} and
 * {@link #ofReportedSubItems} give no progress at all while none of an item's units has a
 * validated report. Once one has, the units without one count as not started (rule 1), so
 * an item where one of four countries reported "complete" stands at 25 %, not 100 %.
 */
public final class ProgressRollup {

	private ProgressRollup() {
	}

	/** Rolls up a leaf item from the statuses of the countries taking part in it. */
	public static ItemProgress ofCountries(List<CompletionStatus> countryStatuses) {
		List<ItemProgress> units = new ArrayList<>();
		for (CompletionStatus status : countryStatuses) {
			units.add(new ItemProgress(status, status.percent()));
		}
		return ofUnits(units);
	}

	/**
	 * Rolls up an item from its sub-items' progress, or from its countries when it has no
	 * sub-items.
	 */
	public static ItemProgress of(List<CompletionStatus> countryStatuses, List<ItemProgress> subItems) {
		return subItems.isEmpty() ? ofCountries(countryStatuses) : ofUnits(subItems);
	}

	/**
	 * Rolls up a leaf item from its countries' latest validated statuses (empty for a
	 * country that has none); no progress while no country has one.
	 */
	public static Optional<ReportedProgress> ofReportedCountries(List<Optional<CompletionStatus>> countryStatuses) {
		List<Optional<ItemProgress>> units = new ArrayList<>();
		for (Optional<CompletionStatus> status : countryStatuses) {
			units.add(status.map(s -> new ItemProgress(s, s.percent())));
		}
		return ofReported(units);
	}

	/**
	 * Rolls up an item from its sub-items' progress (empty for a sub-item with no
	 * report); no progress while no sub-item has any.
	 */
	public static Optional<ReportedProgress> ofReportedSubItems(List<Optional<ItemProgress>> subItems) {
		return ofReported(subItems);
	}

	private static Optional<ReportedProgress> ofReported(List<Optional<ItemProgress>> units) {
		int reported = (int) units.stream().filter(Optional::isPresent).count();
		if (reported == 0) {
			return Optional.empty();
		}
		ItemProgress progress = ofUnits(units.stream().map(u -> u.orElse(ItemProgress.NOT_STARTED)).toList());
		return Optional.of(new ReportedProgress(progress, reported, units.size()));
	}

	private static ItemProgress ofUnits(List<ItemProgress> units) {
		List<ItemProgress> counted = units.stream().filter(u -> u.status() != CompletionStatus.WITHDRAWN).toList();
		if (counted.isEmpty()) {
			return units.isEmpty() ? ItemProgress.NOT_STARTED : ItemProgress.WITHDRAWN;
		}
		int total = counted.stream().mapToInt(ItemProgress::percent).sum();
		int percent = (int) Math.round((double) total / counted.size());
		if (counted.stream().allMatch(u -> u.status() == CompletionStatus.COMPLETE)) {
			return new ItemProgress(CompletionStatus.COMPLETE, 100);
		}
		if (counted.stream().allMatch(u -> u.status() == CompletionStatus.NOT_STARTED)) {
			return ItemProgress.NOT_STARTED;
		}
		return new ItemProgress(percent < 50 ? CompletionStatus.LIMITED : CompletionStatus.SUBSTANTIAL,
				Math.min(percent, 99));
	}

	/**
	 * Every item's roll-up over whole item trees, sub-items first: an item's units are
	 * its active sub-items, or, without any, the countries taking part in it (each at its
	 * latest status in {@code statuses}, or unreported); no entry while no unit of an
	 * item has a report. The one tree walk behind both the kept {@code item_progress}
	 * table and the dashboard's past days.
	 * @param items the items, each once, in any order
	 * @param countries the countries taking part, per item
	 * @param statuses each item's countries' statuses, per item and country
	 */
	public static Map<Long, ReportedProgress> ofTrees(List<TreeItem> items, Map<Long, List<String>> countries,
			Map<Long, Map<String, CompletionStatus>> statuses) {
		Map<Long, List<TreeItem>> children = new HashMap<>();
		for (TreeItem item : items) {
			if (item.parentId() != null && item.active()) {
				children.computeIfAbsent(item.parentId(), k -> new ArrayList<>()).add(item);
			}
		}
		Map<Long, ReportedProgress> progress = new LinkedHashMap<>();
		Map<Long, Boolean> done = new HashMap<>();
		for (TreeItem item : items) {
			rollUp(item, children, countries, statuses, progress, done);
		}
		return progress;
	}

	private static void rollUp(TreeItem item, Map<Long, List<TreeItem>> children, Map<Long, List<String>> countries,
			Map<Long, Map<String, CompletionStatus>> statuses, Map<Long, ReportedProgress> progress,
			Map<Long, Boolean> done) {
		if (done.putIfAbsent(item.id(), Boolean.TRUE) != null) {
			return;
		}
		List<TreeItem> subItems = children.getOrDefault(item.id(), List.of());
		Optional<ReportedProgress> result;
		if (!subItems.isEmpty()) {
			List<Optional<ItemProgress>> units = new ArrayList<>();
			for (TreeItem subItem : subItems) {
				rollUp(subItem, children, countries, statuses, progress, done);
				units.add(Optional.ofNullable(progress.get(subItem.id())).map(ReportedProgress::progress));
			}
			result = ofReportedSubItems(units);
		}
		else {
			Map<String, CompletionStatus> byCountry = statuses.getOrDefault(item.id(), Map.of());
			result = ofReportedCountries(countries.getOrDefault(item.id(), List.of())
				.stream()
				.map(country -> Optional.ofNullable(byCountry.get(country)))
				.toList());
		}
		result.ifPresent(r -> progress.put(item.id(), r));
	}

	/** An item in a tree to roll up: only active sub-items are units of their parent. */
	public record TreeItem(long id, Long parentId, boolean active) {
	}

}
