package eu.lac.alliance.importer.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stored item each item of a revised document revises, decided without a database:
 * the item under the same code while the wording still overlaps, else the most similar
 * unmatched item (at least 60 % of words shared); stored items matched by none are
 * withdrawn. The writer applies the answer.
 *
 * @param <T> the stored item (an entity in the writer, a plain value in tests)
 * @param byCode for each incoming code, the stored item it revises
 * @param withdrawn stored items the revision no longer names
 * @param movedAside stored items whose code must be freed before the new codes are set:
 * renumbered items, and withdrawn items whose code an incoming item takes
 */
record ItemRevisionMatch<T>(Map<String, T> byCode, List<T> withdrawn, List<T> movedAside) {

	/** Below this share of shared words, a reworded item is a different item. */
	static final double SAME_ITEM = 0.6;

	/**
	 * Below this share of shared words, an item under the same code is a different item
	 * (the document was renumbered), not a rewording of the old one.
	 */
	static final double SAME_CODE = 0.2;

	/** An item as the match sees it: its code and its wording. */
	record Wording<T>(T item, String code, String text) {
	}

	static <T> ItemRevisionMatch<T> of(List<Wording<String>> incoming, List<Wording<T>> stored) {
		Map<String, Wording<T>> storedByCode = new HashMap<>();
		stored.forEach(item -> storedByCode.put(item.code(), item));
		Map<String, Wording<T>> matched = new LinkedHashMap<>();
		Set<Wording<T>> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		List<Wording<String>> unmatched = new ArrayList<>();
		for (Wording<String> parsed : incoming) {
			Wording<T> item = storedByCode.get(parsed.code());
			if (item != null && TextSimilarity.of(parsed.text(), item.text()) >= SAME_CODE && taken.add(item)) {
				matched.put(parsed.code(), item);
			}
			else {
				unmatched.add(parsed);
			}
		}
		for (Wording<String> parsed : unmatched) {
			Wording<T> best = null;
			double bestScore = SAME_ITEM;
			for (Wording<T> candidate : stored) {
				if (taken.contains(candidate)) {
					continue;
				}
				double score = TextSimilarity.of(parsed.text(), candidate.text());
				if (score >= bestScore) {
					best = candidate;
					bestScore = score;
				}
			}
			if (best != null) {
				taken.add(best);
				matched.put(parsed.code(), best);
			}
		}
		Set<String> wanted = new HashSet<>();
		incoming.forEach(parsed -> wanted.add(parsed.code()));
		Map<Wording<T>, String> newCodes = new IdentityHashMap<>();
		matched.forEach((code, item) -> newCodes.put(item, code));
		Map<String, T> byCode = new LinkedHashMap<>();
		matched.forEach((code, item) -> byCode.put(code, item.item()));
		List<T> withdrawn = new ArrayList<>();
		List<T> movedAside = new ArrayList<>();
		for (Wording<T> item : stored) {
			boolean isMatched = taken.contains(item);
			if (!isMatched) {
				withdrawn.add(item.item());
			}
			boolean renumbered = isMatched && !item.code().equals(newCodes.get(item));
			if (renumbered || !isMatched && wanted.contains(item.code())) {
				movedAside.add(item.item());
			}
		}
		return new ItemRevisionMatch<>(byCode, withdrawn, movedAside);
	}

}
