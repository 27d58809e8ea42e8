package eu.lac.alliance.importer.layout.chairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.party.OrganisationCatalogue;
import eu.lac.alliance.importer.result.ParsedGroup;
import eu.lac.alliance.importer.result.ParsedParty;

/**
 * A footnote that defines a group, "Team Europe consists of the European Union, ... the
 * European Investment Bank (EIB) and ...": the group is a name for known organisations,
 * not an organisation itself.
 */
final class GroupDefinition {

	private static final Pattern DEFINES = Pattern.compile("(?iu)\\s(?:consists\\s{1,3}of|is\\s{1,3}composed\\s{1,3}of"
			+ "|comprises|is\\s{1,3}made\\s{1,3}up\\s{1,3}of|est[áa]\\s{1,3}(?:compuesto|integrado|formado|constituido)"
			+ "\\s{1,3}por|[ée]\\s{1,3}composto\\s{1,3}por)\\s");

	private static final int LONGEST_NAME_IN_WORDS = 5;

	private GroupDefinition() {
	}

	/**
	 * The group {@code note} defines, with the known organisations it lists, if it
	 * defines one.
	 */
	static Optional<ParsedGroup> in(String note, LineSpan lines, OrganisationDirectory directory) {
		Matcher matcher = DEFINES.matcher(note);
		if (!matcher.find() || matcher.start() > 120) {
			return Optional.empty();
		}
		String[] words = note.substring(0, matcher.start()).strip().split("\\s+");
		List<String> name = new ArrayList<>();
		for (int i = words.length - 1; i >= 0 && name.size() < LONGEST_NAME_IN_WORDS; i--) {
			String word = words[i];
			if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || word.endsWith(".")
					|| word.endsWith(",")) {
				break;
			}
			name.add(0, word);
		}
		if (name.isEmpty() || directory.find(String.join(" ", name)).isPresent()) {
			return Optional.empty();
		}
		int end = note.indexOf(". ", matcher.end());
		String members = note.substring(matcher.end(), end < 0 ? note.length() : end);
		OrganisationCatalogue found = new OrganisationCatalogue(directory);
		found.scan(members);
		List<ParsedParty> parties = found.organisations()
			.stream()
			.map(organisation -> ParsedParty.organisation(organisation.name(), ParticipantRole.ACTOR,
					organisation.name()))
			.toList();
		if (parties.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ParsedGroup(String.join(" ", name), parties, lines));
	}

}
