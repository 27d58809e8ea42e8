package eu.lac.alliance.importer.layout.forum;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * A forum's own statement of what it aimed at ("The forum aimed to enhance bi-regional
 * cooperation ..."): its overall objective, which its commitments serve. The phrases that
 * introduce it are data ({@code aim-phrases.tsv}).
 */
final class ForumAim {

	private static final List<String> PHRASES = VocabularyFile.read("aim-phrases.tsv")
		.stream()
		.flatMap(entry -> entry.alternatives(0).stream())
		.map(phrase -> phrase.toLowerCase(Locale.ROOT))
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private ForumAim() {
	}

	/** The first aim the text states, from the phrase to the end of its sentence. */
	static Optional<ParsedObjective> in(SourceText text, String policyArea) {
		for (int line = 1; line <= text.lineCount(); line++) {
			String wording = text.line(line);
			String lower = wording.toLowerCase(Locale.ROOT);
			for (String phrase : PHRASES) {
				int at = lower.indexOf(" " + phrase + " ");
				if (at < 0 || wording.stripLeading().startsWith("#")) {
					continue;
				}
				String rest = wording.substring(at + phrase.length() + 2).strip();
				int end = rest.indexOf(". ");
				String aim = (end < 0 ? rest : rest.substring(0, end)).replaceAll("[.\\s]+$", "").strip();
				if (aim.length() < 10) {
					continue;
				}
				aim = aim.substring(0, 1).toUpperCase(Locale.ROOT) + aim.substring(1) + ".";
				return Optional.of(new ParsedObjective(null, null, aim, ObjectiveScope.OVERALL, policyArea, null,
						LineSpan.of(line)));
			}
		}
		return Optional.empty();
	}

}
