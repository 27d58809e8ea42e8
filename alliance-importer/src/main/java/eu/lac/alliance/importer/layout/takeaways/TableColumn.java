package eu.lac.alliance.importer.layout.takeaways;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * The columns of a takeaways table, found by what their headers mean in English, Spanish
 * or Portuguese ("Countries interested in the activity", "Países interesados"), never by
 * their position alone; the wordings are data in
 * {@code vocabulary/takeaways-columns.tsv}.
 */
enum TableColumn {

	COUNTRIES, ORGANISATIONS, EXPLANATION, COMPONENT, ACTIVITY;

	/** One line of the vocabulary: a column and the beginnings of its header words. */
	private record Wording(TableColumn column, List<String> stems) {
	}

	/** In the vocabulary file's order, which is the order headers are tried in. */
	private static final List<Wording> WORDINGS = VocabularyFile.read("takeaways-columns.tsv")
		.stream()
		.map(entry -> new Wording(valueOf(entry.cell(0)), entry.alternatives(1)))
		.toList();

	/**
	 * How many leading words of a header are read: later words ("... interested in the
	 * activity") mislead.
	 */
	private static final int LEADING_WORDS = 4;

	/** What a header cell means, if it reads as a takeaways column header. */
	static Optional<TableColumn> ofHeader(String header) {
		List<String> words = NameKey.tokens(header);
		List<String> leading = words.subList(0, Math.min(LEADING_WORDS, words.size()));
		for (Wording wording : WORDINGS) {
			for (String word : leading) {
				for (String stem : wording.stems()) {
					if (word.startsWith(stem)) {
						return Optional.of(wording.column());
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Column positions from the plain texts of a header row, when at least three of its
	 * cells read as column headers and the activity and an interest column are among
	 * them.
	 */
	static Optional<Map<TableColumn, Integer>> fromHeader(List<String> cellTexts) {
		Map<TableColumn, Integer> positions = new EnumMap<>(TableColumn.class);
		for (int i = 0; i < cellTexts.size(); i++) {
			String text = cellTexts.get(i);
			if (text.isEmpty() || text.length() > 300 || Character.isDigit(text.charAt(0))) {
				continue;
			}
			final int index = i;
			ofHeader(text).ifPresent(column -> positions.putIfAbsent(column, index));
		}
		boolean interest = positions.containsKey(COUNTRIES) || positions.containsKey(ORGANISATIONS);
		if (positions.size() >= 3 && positions.containsKey(ACTIVITY) && interest) {
			return Optional.of(positions);
		}
		return Optional.empty();
	}

	/**
	 * The positions the Alliance's takeaways tables use when a table comes without its
	 * header row.
	 */
	static Map<TableColumn, Integer> usualPositions(int cellCount) {
		Map<TableColumn, Integer> positions = new EnumMap<>(TableColumn.class);
		positions.put(COMPONENT, 0);
		positions.put(ACTIVITY, 1);
		if (cellCount >= 5) {
			positions.put(EXPLANATION, 2);
			positions.put(COUNTRIES, 3);
			positions.put(ORGANISATIONS, 4);
		}
		else {
			positions.put(COUNTRIES, 2);
			positions.put(ORGANISATIONS, 3);
		}
		return positions;
	}

}
