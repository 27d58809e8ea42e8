package eu.lac.alliance.importer.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import eu.lac.alliance.importer.layout.ParsedFacts;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents in the known layouts but worded as none of the fixtures (other connectors,
 * datelines, weekday ranges, venue verbs, ordinal quarters, lettered areas), each with a
 * file of the facts a secretariat would record from it, checked one by one through the
 * whole reader: the measure of how well the importer reads what nobody tuned it on. "no
 * organisation" means no organisation outside a country (a country's own institution,
 * "Ministerio de Ciencia de Chile", is that country's agency) holds the name.
 */
class UnseenDocumentsTest {

	private static final Path UNSEEN = TEST_RESOURCES.resolve("unseen");

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	static Stream<String> documents() throws IOException {
		try (Stream<Path> files = Files.list(UNSEEN)) {
			return files.map(p -> p.getFileName().toString())
				.filter(name -> name.endsWith(".facts.tsv"))
				.map(name -> name.substring(0, name.length() - ".facts.tsv".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("documents")
	void everyFactOfTheUnseenDocumentIsRead(String name) throws IOException {
		Path file = UNSEEN.resolve(name + ".txt");
		ParsedDocument document = READER.read(file.getFileName().toString(), Files.readAllBytes(file),
				ParseContext.reference());
		Set<String> facts = facts(document);
		List<String> expected = ParsedFacts.expected(UNSEEN.resolve(name + ".facts.tsv"));
		List<String> missed = new ArrayList<>();
		for (String row : expected) {
			if (!holds(row, facts, document)) {
				missed.add(row);
			}
		}
		System.out.printf("unseen %s: %d of %d facts right%n", name, expected.size() - missed.size(), expected.size());
		assertThat(missed).as("facts missed; read: %s", String.join("\n", facts)).isEmpty();
	}

	private static boolean holds(String row, Set<String> facts, ParsedDocument document) {
		String[] cells = row.split("\t", 2);
		String value = cells.length > 1 ? cells[1] : "";
		return switch (cells[0]) {
			case "no organisation" -> document.organisations()
				.stream()
				.filter(o -> o.countryCode() == null)
				.noneMatch(o -> o.name().toLowerCase().contains(value.toLowerCase()));
			case "warning" -> document.warnings().stream().anyMatch(w -> w.message().contains(value));
			default -> facts.contains(row);
		};
	}

	/** The facts read, in the rows' own wording. */
	static Set<String> facts(ParsedDocument document) {
		Set<String> rows = new LinkedHashSet<>();
		ParsedDialogue dialogue = document.dialogue();
		rows.add("layout\t" + document.layout().format());
		rows.add("start\t" + (dialogue.start() == null ? null : dialogue.start().earliest()));
		rows.add("end\t" + (dialogue.end() == null ? null : dialogue.end().latest()));
		rows.add("city\t" + dialogue.city());
		rows.add("country\t" + dialogue.countryCode());
		rows.add("participants\t" + dialogue.participantCount());
		dialogue.coChairs().forEach(chair -> rows.add("co-chair\t" + who(chair)));
		for (ParsedPolicyArea area : document.policyAreas()) {
			rows.add("policy area\t" + area.name());
			for (ParsedParty party : area.coLeads()) {
				rows.add("co-lead\t" + area.name() + " | " + party.role() + " | " + who(party) + " | "
						+ String.join("; ", party.agencies()));
			}
		}
		for (ParsedObjective objective : document.objectives()) {
			rows.add("objective\t" + objective.code() + " | " + objective.title());
		}
		for (ParsedActionItem item : document.actionItems()) {
			rows.add("item\t" + item.code() + " | " + Objects.toString(item.objectiveCode(), "-") + " | "
					+ (item.deadline() == null ? "no deadline" : item.deadline().dueOn()));
			rows.add("title\t" + item.code() + " | " + item.title());
		}
		for (ParsedOrganisation organisation : document.organisations()) {
			rows.add("organisation\t" + organisation.name());
		}
		return rows;
	}

	private static String who(ParsedParty party) {
		return party.isCountry() ? party.countryCode() : party.organisation();
	}

}
