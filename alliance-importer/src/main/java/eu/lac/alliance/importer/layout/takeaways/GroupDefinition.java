package eu.lac.alliance.importer.layout.takeaways;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.party.PartyList;
import eu.lac.alliance.importer.party.PartyListReader;
import eu.lac.alliance.importer.result.ParsedGroup;

/**
 * A footnote that defines a group the table then names as one participant: "SCALAC
 * Members are: Argentina (UBA and UNC-CECAD), ... and SCALAC/RedCLARA Alliance".
 */
final class GroupDefinition {

	private static final Pattern WITH_VERB = Pattern.compile(
			"^(?<name>[\\p{L}\\p{N}][^:.;()]{0,80}?)\\s++"
					+ "(?:are|is|include|includes|comprise|comprises|consist of|consists of|son|es|incluye|incluyen|"
					+ "comprende|comprenden|sao|são|incluem|inclui)\\s*+:\\s*+(?<list>.+)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern WITHOUT_VERB = Pattern
		.compile("^(?<name>[\\p{L}\\p{N}][^:.;()]{0,60}?)\\s*+:\\s*+(?<list>.+)$");

	private static final List<String> GROUP_WORDS = List.of("members", "miembros", "membros", "group", "grupo",
			"network", "red", "rede", "alliance", "alianza", "consortium", "consorcio", "partners", "socios");

	private static final int FEWEST_MEMBERS = 2;

	private GroupDefinition() {
	}

	/** The group a footnote defines, if it defines one with at least two members. */
	static Optional<ParsedGroup> read(Footnote footnote, PartyListReader parties, List<ParseWarning> warnings) {
		Matcher matcher = WITH_VERB.matcher(footnote.text());
		if (!matcher.matches()) {
			matcher = WITHOUT_VERB.matcher(footnote.text());
			if (!matcher.matches() || NameKey.tokens(matcher.group("name")).stream().noneMatch(GROUP_WORDS::contains)) {
				return Optional.empty();
			}
		}
		String name = withoutArticle(matcher.group("name").strip());
		String list = matcher.group("list").strip();
		while (list.endsWith(".")) {
			list = list.substring(0, list.length() - 1);
		}
		PartyList members = parties.readMembers(list, ParticipantRole.INTERESTED, OrganisationKind.OTHER);
		if (name.isEmpty() || members.parties().size() < FEWEST_MEMBERS) {
			return Optional.empty();
		}
		members.problems().forEach(problem -> warnings.add(ParseWarning.at(footnote.lines(), problem)));
		return Optional.of(new ParsedGroup(name, members.parties(), footnote.lines()));
	}

	private static String withoutArticle(String name) {
		for (String article : List.of("The ", "Los ", "Las ", "El ", "La ", "Os ", "As ", "O ", "A ")) {
			if (name.startsWith(article)) {
				return name.substring(article.length()).strip();
			}
		}
		return name;
	}

}
