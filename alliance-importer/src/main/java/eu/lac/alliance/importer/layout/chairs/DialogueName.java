package eu.lac.alliance.importer.layout.chairs;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.importer.document.DialogueKinds;
import eu.lac.alliance.importer.vocabulary.Articles;

/**
 * The name a chairs' conclusions gives its dialogue, and the policy area that name
 * carries: "The EU-LAC High Level Dialogue on Cybersecurity, held in ..." names "EU-LAC
 * High Level Dialogue on Cybersecurity" on "Cybersecurity"; "el Diálogo de Alto Nivel
 * sobre Gobernanza de Datos, celebrado en ..." likewise.
 *
 * @param title the dialogue's name as written, without a leading article
 * @param topic the policy area as written ("Cybersecurity", "Gobernanza de Datos")
 * @param kind high-level or policy dialogue
 * @param end the index in the searched text where the name ends
 */
record DialogueName(String title, String topic, DialogueKind kind, int end) {

	private static final Pattern ENGLISH = Pattern
		.compile("(?iu)\\bdialogue[ \\u00A0]{1,3}(?:on|about)[ \\u00A0]{1,3}");

	private static final Pattern IBERIAN = Pattern.compile("(?iu)\\bdi[áa]logo\\b");

	private static final Pattern IBERIAN_TOPIC = Pattern.compile(
			"(?iu)[ \\u00A0](?:sobre|en[ \\u00A0]materia[ \\u00A0]de|acerca[ \\u00A0]de|em[ \\u00A0]mat[ée]ria[ \\u00A0]de)[ \\u00A0]");

	private static final Set<String> ENGLISH_STOPS = Set.of("held", "in", "on", "took", "was", "which", "that", "from",
			"at", "hosted", "organised", "organized", "between", "during", "co-chaired", "cochaired", "is", "has",
			"will", "convened", "to");

	private static final Set<String> IBERIAN_STOPS = Set.of("celebrado", "celebrada", "realizado", "realizada", "que",
			"en", "el", "los", "llevado", "llevada", "organizado", "organizada", "entre", "copresidido", "copresidida",
			"em", "no", "na", "ocorrido", "ocorrida", "es", "fue", "foi", "durante", "del", "para");

	private static final int LONGEST_TOPIC = 80;

	private static final int WORDS_BEFORE = 8;

	/** The first dialogue name in {@code text}, if it names one. */
	static Optional<DialogueName> in(String text) {
		Matcher english = ENGLISH.matcher(text);
		Optional<DialogueName> found = Optional.empty();
		if (english.find()) {
			found = english(text, english.start(), english.end());
		}
		Matcher iberian = IBERIAN.matcher(text);
		while (iberian.find() && (found.isEmpty() || iberian.start() < found.get().end())) {
			Optional<DialogueName> spanish = iberian(text, iberian.start(), iberian.end());
			if (spanish.isPresent()) {
				return spanish;
			}
		}
		return found;
	}

	private static Optional<DialogueName> english(String text, int dialogueStart, int topicStart) {
		int titleStart = dialogueStart;
		for (int words = 0; words < WORDS_BEFORE; words++) {
			int space = titleStart - 1;
			if (space < 1 || !Character.isSpaceChar(text.charAt(space))) {
				break;
			}
			int wordStart = space;
			while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
					&& !Character.isSpaceChar(text.charAt(wordStart - 1))) {
				wordStart--;
			}
			String word = text.substring(wordStart, space);
			if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))
					|| ",.;:()".indexOf(word.charAt(word.length() - 1)) >= 0 || Articles.isArticle(word)) {
				break;
			}
			titleStart = wordStart;
		}
		int topicEnd = topicEnd(text, topicStart, ENGLISH_STOPS);
		return name(text, titleStart, topicStart, topicEnd);
	}

	private static Optional<DialogueName> iberian(String text, int dialogueStart, int afterWord) {
		int window = Math.min(text.length(), afterWord + 60);
		Matcher topic = IBERIAN_TOPIC.matcher(text).region(afterWord, window);
		if (!topic.find()) {
			return Optional.empty();
		}
		for (int i = afterWord; i < topic.start(); i++) {
			if (",.;:()".indexOf(text.charAt(i)) >= 0) {
				return Optional.empty();
			}
		}
		int topicEnd = topicEnd(text, topic.end(), IBERIAN_STOPS);
		return name(text, dialogueStart, topic.end(), topicEnd);
	}

	private static Optional<DialogueName> name(String text, int titleStart, int topicStart, int topicEnd) {
		String topic = ConclusionText.plain(text.substring(topicStart, topicEnd));
		if (topic.isEmpty() || topic.length() > LONGEST_TOPIC || !Character.isLetter(topic.codePointAt(0))) {
			return Optional.empty();
		}
		String title = ConclusionText.plain(text.substring(titleStart, topicEnd));
		return Optional.of(new DialogueName(title, topic, DialogueKinds.of(title), topicEnd));
	}

	/**
	 * Where the topic after "on"/"sobre" ends: punctuation, or a word that starts the
	 * rest of the sentence.
	 */
	private static int topicEnd(String text, int from, Set<String> stops) {
		int limit = Math.min(text.length(), from + LONGEST_TOPIC + 1);
		int wordStart = from;
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (",;()[]".indexOf(c) >= 0 || c == '.' && (i + 1 >= text.length() || text.charAt(i + 1) == ' ')
					|| Character.isDigit(c) && i == wordStart) {
				return trimmedEnd(text, from, i);
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				wordStart = i + 1;
				int wordEnd = wordStart;
				while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))
						|| wordEnd < text.length() && text.charAt(wordEnd) == '-') {
					wordEnd++;
				}
				String word = text.substring(wordStart, wordEnd).toLowerCase(java.util.Locale.ROOT);
				if (wordStart > from && stops.contains(word)) {
					return trimmedEnd(text, from, i);
				}
			}
		}
		return trimmedEnd(text, from, limit);
	}

	private static int trimmedEnd(String text, int from, int end) {
		int e = end;
		while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1)))) {
			e--;
		}
		return e;
	}

}
