package eu.lac.alliance.importer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;

/**
 * An admin's corrections rewrite the parse result before anything is written: the
 * dialogue's place and dates, a merge into a stored dialogue, the policy area of items
 * without one, an unrecognised organisation mapped to a known one; what is not corrected
 * stays as read.
 */
class CorrectedDocumentTest {

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	private static final String MISSPELT = "Red Klara Netwerk";

	@Test
	void theDialoguesPlaceAndDatesAreSetWhereTheAdminSetsThem() throws IOException {
		ParsedDocument read = forumVariant();
		ImportCorrections corrections = new ImportCorrections(null, null, LocalDate.of(2026, 3, 10),
				LocalDate.of(2026, 3, 12), "Lisbon", "PT", null, Map.of());

		ParsedDocument corrected = CorrectedDocument.apply(read, corrections, null);

		assertThat(corrected.dialogue().city()).isEqualTo("Lisbon");
		assertThat(corrected.dialogue().countryCode()).isEqualTo("PT");
		assertThat(corrected.dialogue().start()).isEqualTo(PartialDate.day(LocalDate.of(2026, 3, 10)));
		assertThat(corrected.dialogue().end()).isEqualTo(PartialDate.day(LocalDate.of(2026, 3, 12)));
		assertThat(corrected.dialogue().title()).isEqualTo(read.dialogue().title());
		assertThat(corrected.actionItems()).isEqualTo(read.actionItems());
	}

	@Test
	void anUnrecognisedOrganisationMappedToAKnownOneIsThatOneEverywhere() throws IOException {
		ParsedDocument read = forumVariant();
		assertThat(read.organisations()).as("the misspelling is not recognised")
			.anyMatch(o -> o.name().equals(MISSPELT) && !o.known());

		ParsedDocument corrected = CorrectedDocument.apply(read,
				new ImportCorrections(null, null, null, null, null, null, null, Map.of(MISSPELT, "RedCLARA")), null);

		assertThat(corrected.organisations()).extracting(ParsedOrganisation::name).doesNotContain(MISSPELT);
		assertThat(corrected.organisations()).anyMatch(o -> o.name().equals("RedCLARA") && o.known());
		assertThat(corrected.actionItems()
			.stream()
			.flatMap(item -> item.participants().stream())
			.map(ParsedParty::organisation)).doesNotContain(MISSPELT);
	}

	@Test
	void itemsWithoutAPolicyAreaGetTheOneChosenAndOthersKeepTheirs() {
		ParsedActionItem without = new ParsedActionItem("1", "Set up a helpdesk", null, null, null, null, null,
				java.util.List.of(), null, null);
		ParsedActionItem with = new ParsedActionItem("2", "Train staff", null, null, null, null, "Cybersecurity",
				java.util.List.of(), null, null);
		ParsedDocument read = new ParsedDocument("x.md", "0".repeat(64), null, null, java.util.List.of(),
				java.util.List.of(), java.util.List.of(without, with), java.util.List.of(), java.util.List.of(),
				java.util.List.of(), java.util.List.of());

		ParsedDocument corrected = CorrectedDocument.apply(read,
				new ImportCorrections(null, null, null, null, null, null, "Connectivity", Map.of()), null);

		assertThat(corrected.actionItems()).extracting(ParsedActionItem::policyArea)
			.containsExactly("Connectivity", "Cybersecurity");
		assertThat(corrected.dialogue()).as("no dialogue was read or set").isNull();
	}

	@Test
	void aMergeTakesTheStoredDialoguesFactsSoTheWriterMatchesIt() throws IOException {
		ParsedDocument read = forumVariant();
		ParsedDialogue stored = new ParsedDialogue("EU-LAC Digital Alliance Days", DialogueKind.ALLIANCE_DAYS,
				PartialDate.day(LocalDate.of(2025, 6, 3)), PartialDate.day(LocalDate.of(2025, 6, 5)), "Panama City",
				"PA", java.util.List.of(), null, null);

		ParsedDocument corrected = CorrectedDocument.apply(read,
				new ImportCorrections(7L, "ignored", null, null, "ignored", null, null, Map.of()), stored);

		assertThat(corrected.dialogue().title()).isEqualTo("EU-LAC Digital Alliance Days");
		assertThat(corrected.dialogue().start()).isEqualTo(stored.start());
		assertThat(corrected.dialogue().city()).isEqualTo("Panama City");
		assertThat(corrected.dialogue().countryCode()).isEqualTo("PA");
		assertThat(corrected.dialogue().coChairs()).isEqualTo(read.dialogue().coChairs());
	}

	/**
	 * Seed 004 as another forum, on another day, without its place, one actor misspelt.
	 */
	static ParsedDocument forumVariant() throws IOException {
		String text = Files.readString(Path.of("../seeds/004_308d54a85c3d8896.txt"), StandardCharsets.UTF_8)
			.replace("Cybersecurity and Secure Connectivity", "Digital Skills")
			.replace("**Date**: 2024-10-23", "**Date**: 2026-03-10")
			.replace("**Location**: Madrid, Spain\n\n", "")
			.replace("took place in Madrid from October 23-25, 2024", "took place on 2026-03-10")
			.replace("| Civil Society Actors | RedCLARA; APC |", "| Civil Society Actors | " + MISSPELT + "; APC |");
		return READER.read("variant.md", text.getBytes(StandardCharsets.UTF_8), ParseContext.reference());
	}

}
