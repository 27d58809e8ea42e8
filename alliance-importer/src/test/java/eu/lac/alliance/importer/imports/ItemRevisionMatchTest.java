package eu.lac.alliance.importer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.source.LineSpan;

/**
 * Matching a revision's items to the stored ones, without a database: each example is the
 * stored items, the revision's items (code=wording, ";" between items) and the expected
 * answer (incoming code=stored code, the withdrawn, the codes moved aside).
 */
class ItemRevisionMatchTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# example                           | stored                                                                                       | revision                                                                                                                | matches               | withdrawn | moved aside
					same code, same wording             | 1=Share national AI strategies;2=Map regulatory sandboxes                                     | 1=Share national AI strategies;2=Map regulatory sandboxes                                                                | 1=1;2=2               |           |
					same code, wording overlapping       | 1=Share national AI strategies and lessons learned                                           | 1=Share national AI strategies and lessons learned in both regions                                                      | 1=1                   |           |
					inserted item renumbers the others   | 1=Share national AI strategies;2=Map regulatory sandboxes across regions;3=Train market surveillance authorities | 1=Share national AI strategies;2=Create a joint observatory of incidents;3=Map regulatory sandboxes across regions;4=Train market surveillance authorities | 1=1;3=2;4=3 |           | 2;3
					dropped item is withdrawn            | 1=Share national AI strategies;2=Map regulatory sandboxes                                     | 1=Share national AI strategies                                                                                           | 1=1                   | 2         |
					withdrawn code taken by a new item   | 1=Share national AI strategies;2=Map regulatory sandboxes                                     | 1=Share national AI strategies;2=Organise a cyber diplomacy summer school                                                | 1=1                   | 2         | 2
					reworded below 60 % is a new item    | 1=Map regulatory sandboxes across both regions                                               | 7=Map sandboxes and testbeds for startups in the Caribbean                                                              |                       | 1         |
					reworded at 60 % or more follows     | 1=Map regulatory sandboxes across both regions                                               | 7=Map regulatory sandboxes across both regions now                                                                       | 7=1                   |           | 1
					""")
	void aRevisionIsMatchedByCodeWhileTheWordingOverlapsThenByWording(String example, String stored, String revision,
			String matches, String withdrawn, String movedAside) {
		List<ItemRevisionMatch.Wording<String>> storedItems = new ArrayList<>();
		items(stored).forEach((code, text) -> storedItems.add(new ItemRevisionMatch.Wording<>(code, code, text)));
		List<ItemRevisionMatch.Wording<String>> incoming = new ArrayList<>();
		items(revision).forEach((code, text) -> incoming.add(new ItemRevisionMatch.Wording<>(code, code, text)));

		ItemRevisionMatch<String> match = ItemRevisionMatch.of(incoming, storedItems);

		assertThat(new TreeMap<>(match.byCode())).isEqualTo(new TreeMap<>(pairs(matches)));
		assertThat(match.withdrawn()).containsExactlyInAnyOrderElementsOf(list(withdrawn));
		assertThat(match.movedAside()).containsExactlyInAnyOrderElementsOf(list(movedAside));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# example                          | codes in the document | codes of other documents | expected codes
					unique codes stay                  | 1;2;3                 |                          | 1;2;3
					a repeated code gets a number      | 1;2;2                 |                          | 1;2;2#2
					another document's code is marked  | 1;C1                  | C1                       | 1;C1/chairs-conclusions
					""")
	void codesAreMadeUniqueInTheDialogueWithAWarning(String example, String codes, String others, String expected) {
		List<ParsedActionItem> items = list(codes).stream()
			.map(code -> new ParsedActionItem(code, "Item " + code, null, ActionItemCategory.NEXT_STEP, null, null,
					"Cybersecurity", List.of(), null, LineSpan.of(1)))
			.toList();
		List<String> warnings = new ArrayList<>();

		List<ParsedActionItem> unique = UniqueItemCodes.of(items, new java.util.HashSet<>(list(others)),
				"chairs-conclusions", "doc.txt", warnings);

		assertThat(unique).extracting(ParsedActionItem::code).containsExactlyElementsOf(list(expected));
		List<String> before = list(codes);
		List<String> after = list(expected);
		assertThat(warnings).hasSize((int) java.util.stream.IntStream.range(0, before.size())
			.filter(i -> !before.get(i).equals(after.get(i)))
			.count());
	}

	private static Map<String, String> items(String spec) {
		Map<String, String> items = new java.util.LinkedHashMap<>();
		for (String item : list(spec)) {
			String[] parts = item.split("=", 2);
			items.put(parts[0].strip(), parts[1].strip());
		}
		return items;
	}

	private static Map<String, String> pairs(String spec) {
		return items(spec);
	}

	private static List<String> list(String spec) {
		return spec == null ? List.of()
				: Arrays.stream(spec.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
