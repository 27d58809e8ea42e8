package eu.lac.alliance.importer.document;

import java.util.List;
import java.util.Optional;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * The one place that decides what sort of event a name describes ("EU-LAC Digital
 * Alliance Days", "Diálogo de Alto Nivel sobre ...", "Foro ..."), so that every layout
 * gives one event the same kind; the words are data in {@code dialogue-kinds.tsv}.
 */
public final class DialogueKinds {

	private record Rule(DialogueKind kind, List<List<String>> required) {

		boolean matches(String paddedKey) {
			return required.stream()
				.allMatch(alternatives -> alternatives.stream()
					.anyMatch(word -> paddedKey.contains(" " + NameKey.of(word) + " ")));
		}

	}

	private static final List<Rule> RULES = VocabularyFile.read("dialogue-kinds.tsv")
		.stream()
		.map(entry -> new Rule(DialogueKind.valueOf(entry.cell(0)),
				entry.cells()
					.subList(1, entry.cells().size())
					.stream()
					.map(cell -> List.of(cell.split("\\|")))
					.map(words -> words.stream().map(String::strip).filter(w -> !w.isEmpty()).toList())
					.filter(words -> !words.isEmpty())
					.toList()))
		.toList();

	private static final List<String> EVENT_NAMES = eventWords(true);

	private static final List<String> EVENT_WORDS = eventWords(false);

	private DialogueKinds() {
	}

	private static List<String> eventWords(boolean namesOnly) {
		return VocabularyFile.read("event-words.tsv")
			.stream()
			.filter(entry -> !namesOnly || entry.cell(1).equals("name"))
			.map(entry -> " " + NameKey.of(entry.cell(0)) + " ")
			.toList();
	}

	/**
	 * Whether a text holds a word that names an event by itself ("Dialogue", "Forum",
	 * "Alliance Days", "Cumbre").
	 */
	public static boolean namesAnEvent(String text) {
		return containsAny(text, EVENT_NAMES);
	}

	/**
	 * Whether a text speaks of an event at all, also as a meeting, conference or
	 * workshop.
	 */
	public static boolean mentionsAnEvent(String text) {
		return containsAny(text, EVENT_WORDS);
	}

	private static boolean containsAny(String text, List<String> words) {
		if (text == null || text.isBlank()) {
			return false;
		}
		String key = " " + NameKey.of(text) + " ";
		return words.stream().anyMatch(key::contains);
	}

	/** The kind a name states, or {@link DialogueKind#OTHER} when it states none. */
	public static DialogueKind of(String name) {
		return stated(name).orElse(DialogueKind.OTHER);
	}

	/** The kind a text states, if its words state one. */
	public static Optional<DialogueKind> stated(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String key = " " + NameKey.of(text) + " ";
		return RULES.stream().filter(rule -> rule.matches(key)).map(Rule::kind).findFirst();
	}

}
