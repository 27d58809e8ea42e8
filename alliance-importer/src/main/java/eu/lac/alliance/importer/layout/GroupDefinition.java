package eu.lac.alliance.importer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.party.OrganisationCatalogue;
import eu.lac.alliance.importer.party.PartyList;
import eu.lac.alliance.importer.party.PartyListReader;
import eu.lac.alliance.importer.result.ParsedGroup;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.vocabulary.Articles;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * The one reader of footnotes that define a named group, for every layout: "SCALAC
 * Members are: Argentina (UBA and UNC-CECAD), ...", "SICA members: Belize, ...", "Team
 * Europe consists of the European Union, ... and the EBRD". A group is a name for its
 * members, not an organisation itself. The wordings are data in
 * {@code vocabulary/group-definitions.tsv}.
 */
public final class GroupDefinition {

	private static final List<VocabularyFile.Entry> VOCABULARY = VocabularyFile.read("group-definitions.tsv");

	private static final Pattern LIST_WITH_VERB = Pattern.compile(
			"^(?<name>[\\p{L}\\p{N}][^:.;()]{0,80}?)\\s++(?:" + alternatives("list") + ")\\s*+:\\s*+(?<list>.+)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern LIST_WITHOUT_VERB = Pattern
		.compile("^(?<name>[\\p{L}\\p{N}][^:.;()]{0,60}?)\\s*+:\\s*+(?<list>.+)$");

	private static final Pattern PROSE = Pattern.compile("\\s(?:" + alternatives("prose") + ")\\s",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final List<String> GROUP_WORDS = VOCABULARY.stream()
		.filter(entry -> entry.cell(0).equals("group-word"))
		.flatMap(entry -> entry.alternatives(1).stream())
		.map(NameKey::of)
		.toList();

	/** A verb further into the note than this starts a sentence about something else. */
	private static final int LATEST_VERB = 120;

	private static final int LONGEST_PROSE_NAME_IN_WORDS = 5;

	private static final int FEWEST_LISTED_MEMBERS = 2;

	private GroupDefinition() {
	}

	/**
	 * The vocabulary's phrases of one form as regular-expression alternatives, longest
	 * first.
	 */
	private static String alternatives(String form) {
		return VOCABULARY.stream()
			.filter(entry -> entry.cell(0).equals(form))
			.flatMap(entry -> entry.alternatives(1).stream())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(phrase -> Arrays.stream(phrase.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
			.collect(Collectors.joining("|"));
	}

	/**
	 * The group a footnote's plain text defines, if it defines one: a list after a colon
	 * is read with {@code parties} (its problems become warnings), a definition in prose
	 * names the organisations {@code directory} knows.
	 */
	public static Optional<ParsedGroup> read(String note, LineSpan lines, PartyListReader parties,
			OrganisationDirectory directory, List<ParseWarning> warnings) {
		Optional<ParsedGroup> listed = listed(note, lines, parties, warnings);
		return listed.isPresent() ? listed : inProse(note, lines, directory);
	}

	private static Optional<ParsedGroup> listed(String note, LineSpan lines, PartyListReader parties,
			List<ParseWarning> warnings) {
		Matcher matcher = LIST_WITH_VERB.matcher(note);
		if (!matcher.matches()) {
			matcher = LIST_WITHOUT_VERB.matcher(note);
			if (!matcher.matches() || NameKey.tokens(matcher.group("name")).stream().noneMatch(GROUP_WORDS::contains)) {
				return Optional.empty();
			}
		}
		String name = Articles.withoutLeading(matcher.group("name").strip());
		String list = matcher.group("list").strip();
		while (list.endsWith(".")) {
			list = list.substring(0, list.length() - 1);
		}
		PartyList members = parties.readMembers(list, ParticipantRole.INTERESTED, OrganisationKind.OTHER);
		if (name.isEmpty() || members.parties().size() < FEWEST_LISTED_MEMBERS) {
			return Optional.empty();
		}
		members.problems().forEach(problem -> warnings.add(ParseWarning.at(lines, problem)));
		return Optional.of(new ParsedGroup(name, members.parties(), lines));
	}

	private static Optional<ParsedGroup> inProse(String note, LineSpan lines, OrganisationDirectory directory) {
		Matcher matcher = PROSE.matcher(note);
		if (!matcher.find() || matcher.start() > LATEST_VERB) {
			return Optional.empty();
		}
		String[] words = note.substring(0, matcher.start()).strip().split("\\s+");
		List<String> name = new ArrayList<>();
		for (int i = words.length - 1; i >= 0 && name.size() < LONGEST_PROSE_NAME_IN_WORDS; i--) {
			String word = words[i];
			if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || word.endsWith(".")
					|| word.endsWith(",")) {
				break;
			}
			name.add(0, word);
		}
		if (!name.isEmpty() && Articles.isArticle(name.get(0))) {
			name.remove(0);
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
