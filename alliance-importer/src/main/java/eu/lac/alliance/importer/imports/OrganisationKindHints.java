package eu.lac.alliance.importer.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * The kind of an organisation the reference data does not know, from the words of its
 * name ("Universidad ...", "Universidade ..." are academia): the words are data
 * ({@code organisation-kinds.tsv}), so a new one is a line, not code.
 */
final class OrganisationKindHints {

	private record Hint(OrganisationKind kind, List<String> words) {
	}

	private static final List<Hint> HINTS = load();

	private OrganisationKindHints() {
	}

	static Optional<OrganisationKind> of(String name) {
		String key = " " + NameKey.of(name) + " ";
		for (Hint hint : HINTS) {
			for (String words : hint.words()) {
				if (key.contains(" " + words + " ")) {
					return Optional.of(hint.kind());
				}
			}
		}
		return Optional.empty();
	}

	private static List<Hint> load() {
		List<Hint> hints = new ArrayList<>();
		for (VocabularyFile.Entry entry : VocabularyFile.read("organisation-kinds.tsv")) {
			hints.add(new Hint(OrganisationKind.valueOf(entry.cell(0)),
					entry.alternatives(1).stream().map(NameKey::of).filter(w -> !w.isEmpty()).toList()));
		}
		return List.copyOf(hints);
	}

}
