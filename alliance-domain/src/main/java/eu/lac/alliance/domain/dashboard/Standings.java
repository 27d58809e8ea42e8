package eu.lac.alliance.domain.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.lac.alliance.domain.actionitem.Deadline;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.CountryStatusRow;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.ItemRow;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.ParticipantRow;
import eu.lac.alliance.domain.dashboard.Standing.CountryFigures;
import eu.lac.alliance.domain.dashboard.Standing.CountryItem;
import eu.lac.alliance.domain.dashboard.Standing.DueItem;
import eu.lac.alliance.domain.dashboard.Standing.Group;
import eu.lac.alliance.domain.progress.CompletionStatus;
import eu.lac.alliance.domain.progress.ItemProgress;
import eu.lac.alliance.domain.progress.ProgressRollup;

/**
 * Turns the read model's flat rows into a {@link Standing}, in memory and in one pass per
 * figure family, so that a page costs the same few statements whatever the number of
 * items. For a past day it also rolls items up from the countries' statuses with
 * {@link ProgressRollup}, the rule the current-status tables are kept by.
 */
public final class Standings {

	/** An item not updated for longer than this is stale. */
	public static final int STALE_DAYS = 90;

	/** Deadlines this close are listed as coming up. */
	public static final int UPCOMING_DAYS = 90;

	private Standings() {
	}

	/**
	 * Rolls every item up from the countries' statuses: a leaf from its participating
	 * countries (one with no status counts as not started once any has reported), an item
	 * with sub-items from them. An item none of whose units has a report has no report
	 * and is absent from the result, never 0 %.
	 */
	public static Map<Long, ItemProgress> rollUp(List<ItemRow> items, List<ParticipantRow> participants,
			List<CountryStatusRow> statuses) {
		Map<Long, Map<String, CompletionStatus>> byItem = new HashMap<>();
		for (CountryStatusRow row : statuses) {
			byItem.computeIfAbsent(row.itemId(), id -> new HashMap<>()).put(row.countryCode(), row.status());
		}
		List<ProgressRollup.TreeItem> tree = items.stream()
			.map(item -> new ProgressRollup.TreeItem(item.id(), item.parentId(), true))
			.toList();
		Map<Long, ItemProgress> result = new HashMap<>();
		ProgressRollup.ofTrees(tree, countriesByItem(participants), byItem)
			.forEach((id, reported) -> result.put(id, reported.progress()));
		return result;
	}

	/**
	 * The standing on {@code day} from each item's progress and each country's status as
	 * they were (or are) on that day.
	 */
	public static Standing of(LocalDate day, List<ItemRow> items, List<ParticipantRow> participants,
			List<CountryStatusRow> statuses, Map<Long, ItemProgress> progress) {
		Map<Long, List<Long>> children = children(items);
		Set<Long> activeIds = ids(items);
		List<ItemRow> topLevel = items.stream().filter(item -> isTopLevel(item, activeIds)).toList();

		List<ItemProgress> all = new ArrayList<>();
		Map<Long, String> areaNames = new HashMap<>();
		Map<Long, List<ItemProgress>> byArea = new HashMap<>();
		Map<Long, String> dialogueTitles = new LinkedHashMap<>();
		Map<Long, List<ItemProgress>> byDialogue = new HashMap<>();
		for (ItemRow item : topLevel) {
			ItemProgress itemProgress = progress.get(item.id());
			all.add(itemProgress);
			areaNames.put(item.policyAreaId(), item.policyArea());
			byArea.computeIfAbsent(item.policyAreaId(), id -> new ArrayList<>()).add(itemProgress);
			dialogueTitles.putIfAbsent(item.dialogueId(), item.dialogueTitle());
			byDialogue.computeIfAbsent(item.dialogueId(), id -> new ArrayList<>()).add(itemProgress);
		}
		List<Group> areas = new ArrayList<>();
		byArea.forEach((id, list) -> areas.add(new Group(id, areaNames.get(id), StatusTally.of(list))));
		areas.sort(Comparator.comparing(Group::name));
		List<Group> dialogues = new ArrayList<>();
		dialogueTitles.forEach((id, title) -> dialogues.add(new Group(id, title, StatusTally.of(byDialogue.get(id)))));

		List<DueItem> overdue = new ArrayList<>();
		List<DueItem> upcoming = new ArrayList<>();
		for (ItemRow item : items) {
			if (item.deadline() == null) {
				continue;
			}
			ItemProgress itemProgress = progress.get(item.id());
			if (itemProgress != null && itemProgress.status().isSettled()) {
				continue;
			}
			if (new Deadline(item.deadline(), item.deadlineText()).hasPassed(day)) {
				overdue.add(new DueItem(item, itemProgress));
			}
			else if (!item.deadline().isAfter(day.plusDays(UPCOMING_DAYS))) {
				upcoming.add(new DueItem(item, itemProgress));
			}
		}
		Comparator<DueItem> byDeadline = Comparator.comparing((DueItem due) -> due.item().deadline())
			.thenComparing(due -> due.item().code());
		overdue.sort(byDeadline);
		upcoming.sort(byDeadline);

		return new Standing(day, StatusTally.of(all), List.copyOf(areas), List.copyOf(dialogues),
				countries(day, items, children, participants, statuses), List.copyOf(overdue), List.copyOf(upcoming),
				Map.copyOf(progress));
	}

	private static List<CountryFigures> countries(LocalDate day, List<ItemRow> items, Map<Long, List<Long>> children,
			List<ParticipantRow> participants, List<CountryStatusRow> statuses) {
		Map<Long, ItemRow> leaves = new HashMap<>();
		for (ItemRow item : items) {
			if (!children.containsKey(item.id())) {
				leaves.put(item.id(), item);
			}
		}
		Map<String, CountryStatusRow> statusOf = new HashMap<>();
		for (CountryStatusRow row : statuses) {
			statusOf.put(row.itemId() + "/" + row.countryCode(), row);
		}
		LocalDate staleBefore = day.minusDays(STALE_DAYS);
		Map<String, String> names = new HashMap<>();
		Map<String, List<CountryItem>> itemsOf = new HashMap<>();
		Map<String, int[]> namedAndJoined = new HashMap<>();
		for (ParticipantRow participant : participants) {
			ItemRow item = leaves.get(participant.itemId());
			if (item == null) {
				continue;
			}
			names.put(participant.countryCode(), participant.countryName());
			CountryStatusRow row = statusOf.get(item.id() + "/" + participant.countryCode());
			CompletionStatus status = row == null ? null : row.status();
			LocalDate asOf = row == null ? null : row.asOf();
			boolean stale = row != null && !status.isSettled() && asOf.isBefore(staleBefore);
			itemsOf.computeIfAbsent(participant.countryCode(), c -> new ArrayList<>())
				.add(new CountryItem(item, status, asOf, stale));
			int[] counts = namedAndJoined.computeIfAbsent(participant.countryCode(), c -> new int[2]);
			if (participant.named()) {
				counts[0]++;
			}
			else if (participant.joined()) {
				counts[1]++;
			}
		}
		List<CountryFigures> countries = new ArrayList<>();
		itemsOf.forEach((code, list) -> {
			list.sort(Comparator.comparing((CountryItem ci) -> ci.item().dialogueId())
				.thenComparing(ci -> ci.item().id()));
			int counted = 0;
			int total = 0;
			for (CountryItem ci : list) {
				if (ci.status() != null && ci.status() != CompletionStatus.WITHDRAWN) {
					counted++;
					total += ci.status().percent();
				}
			}
			Integer percent = counted == 0 ? null : (int) Math.round((double) total / counted);
			int[] counts = namedAndJoined.get(code);
			countries.add(new CountryFigures(code, names.get(code), list, counts[0], counts[1], percent));
		});
		countries.sort(Comparator.comparing(CountryFigures::name));
		return List.copyOf(countries);
	}

	private static Map<Long, List<Long>> children(Collection<ItemRow> items) {
		Set<Long> active = ids(items);
		Map<Long, List<Long>> children = new HashMap<>();
		for (ItemRow item : items) {
			if (item.parentId() != null && active.contains(item.parentId())) {
				children.computeIfAbsent(item.parentId(), id -> new ArrayList<>()).add(item.id());
			}
		}
		return children;
	}

	/** An item whose parent is absent or no longer active counts as top-level. */
	private static boolean isTopLevel(ItemRow item, Set<Long> activeIds) {
		return item.parentId() == null || !activeIds.contains(item.parentId());
	}

	private static Set<Long> ids(Collection<ItemRow> items) {
		Set<Long> ids = new HashSet<>();
		items.forEach(item -> ids.add(item.id()));
		return ids;
	}

	private static Map<Long, List<String>> countriesByItem(List<ParticipantRow> participants) {
		Map<Long, List<String>> countries = new HashMap<>();
		for (ParticipantRow row : participants) {
			countries.computeIfAbsent(row.itemId(), id -> new ArrayList<>()).add(row.countryCode());
		}
		return countries;
	}

}
