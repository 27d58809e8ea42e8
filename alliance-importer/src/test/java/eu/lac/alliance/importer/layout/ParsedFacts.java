package eu.lac.alliance.importer.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;

/**
 * A parse result as "field, value" rows, so that parser tests can state their
 * expectations as data (a TSV file per document) and a failure shows exactly which field
 * differs.
 */
public final class ParsedFacts {

	private ParsedFacts() {
	}

	/** Every fact of a parsed document, one row per field, in a fixed order. */
	public static List<String> of(ParsedDocument document) {
		List<String> rows = new ArrayList<>();
		ParsedDialogue dialogue = document.dialogue();
		rows.add("layout\t" + document.layout().format());
		rows.add("title\t" + dialogue.title());
		rows.add("kind\t" + dialogue.kind());
		rows.add("start\t" + dialogue.start() + (dialogue.start() == null ? "" : " " + dialogue.start().precision()));
		rows.add("end\t" + dialogue.end() + (dialogue.end() == null ? "" : " " + dialogue.end().precision()));
		rows.add("city\t" + dialogue.city());
		rows.add("country\t" + dialogue.countryCode());
		rows.add("participants\t" + dialogue.participantCount());
		rows.add("dialogue lines\t" + dialogue.lines());
		for (ParsedParty chair : dialogue.coChairs()) {
			rows.add("co-chair\t" + party(chair));
		}
		for (ParsedPolicyArea area : document.policyAreas()) {
			rows.add("policy area\t" + area.name() + " | " + area.lines());
		}
		for (ParsedObjective objective : document.objectives()) {
			rows.add("objective\t" + String.join(" | ", objective.code(), objective.title(), objective.text(),
					objective.scope().name(), Objects.toString(objective.policyArea()), objective.lines().toString()));
		}
		document.themes().forEach(theme -> rows.add("theme\t" + theme.text() + " | " + theme.lines()));
		for (ParsedActionItem item : document.actionItems()) {
			rows.add("action item\t" + String.join(" | ", item.code(), item.category().name(), item.title(),
					Objects.toString(item.policyArea()),
					item.deadline() == null ? "no deadline"
							: item.deadline().dueOn() + " '" + item.deadline().wording() + "'",
					item.lines().toString()));
			rows.add("description\t" + item.code() + " | " + item.description());
			for (ParsedParty participant : item.participants()) {
				rows.add("participant\t" + item.code() + " | " + party(participant));
			}
		}
		for (ParsedOrganisation organisation : document.organisations()) {
			rows.add("organisation\t" + String.join(" | ", organisation.name(),
					Objects.toString(organisation.acronym()), organisation.kind().name(),
					Objects.toString(organisation.countryCode()), organisation.known() ? "known" : "new"));
		}
		document.members().forEach(m -> rows.add("member\t" + m.countryCode() + " " + m.year() + " | " + m.lines()));
		document.groups().forEach(g -> rows.add("group\t" + g.name()));
		document.warningTexts().forEach(w -> rows.add("warning\t" + w));
		return rows;
	}

	/**
	 * The rows of an expected-facts file: tab-separated, blank lines and '#' comments
	 * skipped.
	 */
	public static List<String> expected(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String party(ParsedParty party) {
		String who = party.isCountry() ? "country " + party.countryCode() : "organisation " + party.organisation();
		return who + " | " + party.role() + " | " + String.join("; ", party.agencies()) + " | " + party.wording();
	}

}
