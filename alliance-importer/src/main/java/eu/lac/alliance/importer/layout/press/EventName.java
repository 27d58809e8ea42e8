package eu.lac.alliance.importer.layout.press;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.importer.document.DialogueKinds;
import eu.lac.alliance.importer.document.PolicyAreaNames;

/**
 * The event a news story is about, named from how the story words it: "held a high-level
 * policy dialogue on cybersecurity" is the "EU-LAC High-Level Policy Dialogue on
 * Cybersecurity", "celebró un diálogo de alto nivel sobre inteligencia artificial" the
 * "EU-LAC High-Level Dialogue on Artificial Intelligence". Stories rarely print the
 * event's formal name, so the name is built the Alliance's way.
 *
 * @param title the name built for the event
 * @param kind high-level dialogue, policy dialogue or forum
 * @param topic the policy area's canonical name
 * @param qualified whether the wording says what sort of event ("high-level", "policy",
 * "forum") rather than just "dialogue"
 * @param start where the wording starts in the searched text
 * @param end where it ends
 */
record EventName(String title, DialogueKind kind, String topic, boolean qualified, int start, int end) {

	private static final Pattern ENGLISH = Pattern.compile("(?iu)(?<![\\p{L}\\-])(?<kind>(?<high>high[-\\s]level\\s++)?"
			+ "(?<qualifier>(?:political|policy|ministerial|bi-?regional)\\s++)?(?<multi>multi-?\\s?stakeholder\\s++)?"
			+ "(?<base>dialogue|forum))\\s++(?:on|about)\\s++");

	private static final Pattern IBERIAN = Pattern
		.compile("(?iu)(?<![\\p{L}\\-])(?<kind>(?<base>di[áa]logo|foro|f[óo]rum)"
				+ "(?:\\s++(?<qualifier>pol[íi]tico|de\\s++pol[íi]ticas?|ministerial|birregional))?"
				+ "(?<multi>\\s++(?:multiactor|de\\s++m[úu]ltiples\\s++partes\\s++interesadas|multissetorial))?"
				+ "(?<high>\\s++de\\s++alto\\s++n[íi]vel)?)(?:\\s++(?:UE|EU)[-–](?:ALC|LAC|CELAC))?\\s++(?:sobre|en\\s++materia\\s++de|em\\s++mat[ée]ria\\s++de|de)\\s++");

	private static final Set<String> STOPS = Set.of("on", "in", "at", "held", "took", "from", "between", "with",
			"during", "which", "that", "was", "is", "will", "has", "have", "organised", "organized", "hosted", "co",
			"gathered", "brought", "to", "as", "where", "en", "el", "la", "los", "las", "celebrado", "celebrada",
			"realizado", "realizada", "que", "entre", "con", "durante", "em", "no", "na", "foi", "fue", "se", "para",
			"by", "under", "for", "a", "an", "this", "its", "their", "last", "next", "y", "e", "decorreu", "decorrerá",
			"realizou", "realizou-se", "teve", "tuvo", "reuniu", "reunió", "celebrou", "celebrou-se", "aconteceu",
			"ocorreu", "será", "convened", "met", "reunio", "realizó", "tendrá", "terá");

	/**
	 * Words that join the words of a topic ("gobernanza de datos") but never end one:
	 * "conectividade de 3 a 5 de junho" is about "conectividade".
	 */
	private static final Set<String> CONNECTORS = Set.of("de", "del", "do", "da", "dos", "das", "of");

	private static final int LONGEST_TOPIC_IN_WORDS = 6;

	/**
	 * The event named first among those with a qualifier ("high-level", "policy", a
	 * forum), else the first named.
	 */
	static Optional<EventName> first(String text, boolean euLac) {
		List<EventName> found = new ArrayList<>();
		for (Pattern pattern : List.of(ENGLISH, IBERIAN)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				read(text, matcher, euLac).ifPresent(found::add);
			}
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found.stream().filter(EventName::qualified).findFirst().or(() -> found.stream().findFirst());
	}

	private static Optional<EventName> read(String text, Matcher matcher, boolean euLac) {
		String topic = topic(text, matcher.end());
		if (topic.isEmpty()) {
			return Optional.empty();
		}
		boolean forum = NameKey.of(matcher.group("base")).startsWith("f");
		boolean high = matcher.group("high") != null;
		List<String> words = new ArrayList<>();
		if (euLac) {
			words.add("EU-LAC");
		}
		if (high) {
			words.add("High-Level");
		}
		if (matcher.group("qualifier") != null) {
			words.add(qualifier(matcher.group("qualifier")));
		}
		if (matcher.group("multi") != null) {
			words.add("Multi-Stakeholder");
		}
		words.add(forum ? "Forum" : "Dialogue");
		String area = area(topic);
		String title = String.join(" ", words) + " on " + area;
		boolean qualified = forum || high || matcher.group("qualifier") != null || matcher.group("multi") != null;
		return Optional.of(new EventName(title, DialogueKinds.of(title), area, qualified, matcher.start(),
				matcher.end() + topic.length()));
	}

	/**
	 * The canonical policy area of a topic; "ciberseguridad y conectividad" that the
	 * Alliance does not know as a whole is named by its first known part.
	 */
	static String area(String topic) {
		if (!PolicyAreaNames.isKnown(topic)) {
			for (String part : topic.split("\\s++(?:and|y|e|&)\\s++|,\\s*+")) {
				if (PolicyAreaNames.isKnown(part)) {
					return PolicyAreaNames.canonical(part);
				}
			}
		}
		return PolicyAreaNames.canonical(topic);
	}

	private static String qualifier(String written) {
		String folded = NameKey.of(written);
		if (folded.startsWith("polic") || folded.startsWith("de politica")) {
			return "Policy";
		}
		if (folded.startsWith("politic")) {
			return "Political";
		}
		if (folded.startsWith("bi")) {
			return "Bi-regional";
		}
		return "Ministerial";
	}

	/** The words naming the topic: up to a stop word, a figure or punctuation. */
	private static String topic(String text, int from) {
		int i = from;
		int end = from;
		int words = 0;
		while (i < text.length() && words < LONGEST_TOPIC_IN_WORDS) {
			int wordEnd = i;
			while (wordEnd < text.length() && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-'
					|| text.charAt(wordEnd) == '\'' || text.charAt(wordEnd) == '&')) {
				wordEnd++;
			}
			if (wordEnd == i) {
				break;
			}
			String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
			boolean joining = word.equals("and") || word.equals("&") || word.equals("y") || word.equals("e");
			if (STOPS.contains(word) && !(joining && words > 0 && nextWordContinuesTopic(text, wordEnd))) {
				break;
			}
			words++;
			if (!joining && !CONNECTORS.contains(word)) {
				end = wordEnd;
			}
			if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
				break;
			}
			i = wordEnd + 1;
		}
		return text.substring(from, end).strip();
	}

	/** "AI and HPC" continues a topic; "cybersecurity and the ..." does not. */
	private static boolean nextWordContinuesTopic(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		int end = i;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return end > i && !STOPS.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
	}

}
