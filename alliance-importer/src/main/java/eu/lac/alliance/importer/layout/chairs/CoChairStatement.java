package eu.lac.alliance.importer.layout.chairs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words after "co-chaired by" ("copresidido por", "copresidido pela"): the list of
 * the dialogue's co-chairs up to the end of the sentence, for the party-list reader to
 * split.
 */
final class CoChairStatement {

	private static final Pattern CO_CHAIRED = Pattern.compile("(?iu)\\bco-?\\s?chaired\\s{1,3}by\\s{1,3}"
			+ "|\\bco-?presidid[oa]s?\\s{1,3}(?:por|pel[oa]s?)\\s{1,3}|\\bchaired\\s{1,3}jointly\\s{1,3}by\\s{1,3}");

	private static final Pattern CLAUSE_AFTER_LIST = Pattern.compile(
			"(?u),\\s+(?!(?:and|y|e|et|the|la|el|los|las|o|a|as|os|de|del|da|do)\\b)\\p{Ll}|\\s+(?:brought|gathered|reuni[óo]|reuniu|convened|which|that|que)\\s");

	private static final int LONGEST_LIST = 300;

	private CoChairStatement() {
	}

	/** The co-chair list {@code text} states, if any. */
	static Optional<String> in(String text) {
		Matcher matcher = CO_CHAIRED.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		int from = matcher.end();
		int limit = Math.min(text.length(), from + LONGEST_LIST);
		int end = limit;
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (c == ';' || c == '.' && (i + 1 >= text.length() || text.charAt(i + 1) == ' ')) {
				end = i;
				break;
			}
		}
		String list = text.substring(from, end);
		// the sentence goes on after the list: ", brought together ...", ", reuniu ..."
		Matcher clause = CLAUSE_AFTER_LIST.matcher(list);
		if (clause.find()) {
			list = list.substring(0, clause.start());
		}
		list = list.strip();
		return list.isEmpty() ? Optional.empty() : Optional.of(list);
	}

}
