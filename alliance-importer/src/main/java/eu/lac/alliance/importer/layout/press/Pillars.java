package eu.lac.alliance.importer.layout.press;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.NameKey;

/**
 * The pillars a story says a dialogue's approach rests on: "based on four key pillars:
 * workforce capacity building, multi-stakeholder cooperation, strengthened cyber
 * ecosystems and secure connectivity". Each pillar is one of the dialogue's themes, not
 * an action area: the conclusions set the action areas.
 *
 * @param pillars each pillar as written, with where it starts in the searched text
 * @param announced how many the story said there are ("four"), or null
 * @param start where the statement starts
 */
record Pillars(List<Pillar> pillars, Integer announced, int start) {

	/** One pillar and where it starts in the searched text. */
	record Pillar(String text, int start) {
	}

	private static final Pattern LIST = Pattern.compile("(?iu)(?:(?<![\\p{L}\\d])(?<count>[\\p{L}\\d]{1,20}+)\\s++)?"
			+ "(?:(?:key|main|core|strategic|fundamental|thematic)\\s++)?"
			+ "(?:pillars|priorities|axes|priority\\s++areas|action\\s++areas|areas\\s++of\\s++action|workstreams|work\\s++streams|"
			+ "pilares|ejes|eixos|l[íi]neas\\s++de\\s++acci[óo]n|[áa]reas\\s++prioritarias|prioridades)"
			+ "(?:\\s++(?:clave|fundamentales|principales|estrat[ée]gicos|centrales))?\\s*+:\\s*+(?<list>[^.;\\n]{3,500})");

	private static final Pattern ITEM_SEPARATOR = Pattern.compile(",\\s*+(?:(?:and|y|e)\\s++)?|;\\s*+");

	/** "(1) ", "1. ", "a) ", "i) " before a pillar: the story's numbering, no wording. */
	private static final Pattern ENUMERATOR = Pattern
		.compile("^(?:\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})\\)|\\d{1,2}\\.)\\s++");

	private static final Pattern LAST_AND = Pattern.compile("\\s++(?:and|y|e|&)\\s++");

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
			Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
			Map.entry("eight", 8), Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4),
			Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("dois", 2),
			Map.entry("duas", 2), Map.entry("quatro", 4), Map.entry("sete", 7));

	/** The first list of pillars {@code text} states. */
	static Optional<Pillars> in(String text) {
		Matcher matcher = LIST.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		String list = matcher.group("list");
		int listStart = matcher.start("list");
		List<int[]> spans = new ArrayList<>();
		Matcher separator = ITEM_SEPARATOR.matcher(list);
		int from = 0;
		while (separator.find()) {
			spans.add(new int[] { from, separator.start() });
			from = separator.end();
		}
		spans.add(new int[] { from, list.length() });
		int[] last = spans.get(spans.size() - 1);
		Matcher and = LAST_AND.matcher(list).region(last[0], last[1]);
		int lastAnd = -1;
		int lastAndEnd = -1;
		while (and.find()) {
			lastAnd = and.start();
			lastAndEnd = and.end();
		}
		if (lastAnd >= 0) {
			spans.set(spans.size() - 1, new int[] { last[0], lastAnd });
			spans.add(new int[] { lastAndEnd, last[1] });
		}
		List<Pillar> pillars = new ArrayList<>();
		for (int[] span : spans) {
			String item = list.substring(span[0], span[1]);
			String stripped = ENUMERATOR.matcher(item.strip()).replaceFirst("").strip();
			if (!stripped.isEmpty()) {
				pillars.add(new Pillar(stripped, listStart + span[0] + item.indexOf(stripped)));
			}
		}
		String count = matcher.group("count");
		Integer announced = null;
		if (count != null) {
			announced = count.chars().allMatch(Character::isDigit) && count.length() < 3 ? Integer.valueOf(count)
					: NUMBERS.get(NameKey.of(count));
		}
		return pillars.size() < 2 ? Optional.empty() : Optional.of(new Pillars(pillars, announced, matcher.start()));
	}

}
