package eu.lac.alliance.importer.layout.chairs;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.dialogue.DatePrecision;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedMembership;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedParty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The chairs' conclusions of the Santo Domingo cybersecurity dialogue (seed 001), read
 * field by field.
 */
class ChairsConclusionsSeedTest {

	static final String SEED = "001_0a6d16b983599f06.txt";

	private static ParsedDocument document;

	@BeforeAll
	static void parseSeed() {
		document = new ChairsConclusionsParser().parse(seed(), ParseContext.reference());
	}

	static SourceText seed() {
		return SourceText.of(SEED, ExpectedItems.read(Path.of("..", "seeds", SEED)));
	}

	@Test
	void documentIsReadAsChairsConclusionsWarningOnlyThatItContradictsItsFootnote() {
		assertThat(document.fileName()).isEqualTo(SEED);
		assertThat(document.layout()).isEqualTo(Layout.CHAIRS_CONCLUSIONS);
		// issue 6: "21 governments" against the 20 countries footnote 1 lists is a
		// warning
		assertThat(document.warningTexts()).containsExactly(
				"line 9: says 21 governments joined the Alliance, but the document lists 20 countries that joined in 2023 "
						+ "(line 18); recorded the 20 listed");
	}

	@Test
	void dialogueIsTheHighLevelDialogueHeldInSantoDomingoInFebruary2024() {
		var dialogue = document.dialogue();
		assertThat(dialogue.title()).isEqualTo("EU-LAC High Level Dialogue on Cybersecurity");
		assertThat(dialogue.kind()).isEqualTo(DialogueKind.HIGH_LEVEL_DIALOGUE);
		assertThat(dialogue.start()).isEqualTo(PartialDate.month(2024, 2));
		assertThat(dialogue.start().precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(dialogue.end()).isEqualTo(dialogue.start());
		assertThat(dialogue.city()).isEqualTo("Santo Domingo");
		assertThat(dialogue.countryCode()).isEqualTo("DO");
		assertThat(dialogue.participantCount()).isNull();
		assertThat(dialogue.lines()).isEqualTo(LineSpan.of(7));
	}

	@Test
	void coChairsAreTheDominicanRepublicAndTheEuropeanCommission() {
		assertThat(document.dialogue().coChairs())
			.extracting(ParsedParty::countryCode, ParsedParty::organisation, ParsedParty::role, ParsedParty::agencies,
					ParsedParty::wording)
			.containsExactly(tuple("DO", null, ParticipantRole.CO_CHAIR, List.of(), "the Dominican Republic"),
					tuple(null, "European Commission", ParticipantRole.CO_CHAIR, List.of(), "the European Commission"));
	}

	@Test
	void policyAreaIsCybersecurityWithTheOverallObjectiveAndNoCoLeads() {
		assertThat(document.policyAreas()).singleElement().satisfies(area -> {
			assertThat(area.name()).isEqualTo("Cybersecurity");
			assertThat(area.objective())
				.isEqualTo("LAC and EU cybersecurity frameworks promote a human-centric digital "
						+ "transformation and are effectively implemented to provide open, safe, secure, stable, accessible, "
						+ "peaceful and human-centric digital space for all citizens, businesses, and governments.");
			assertThat(area.coLeads()).isEmpty();
			assertThat(area.challenges()).isEmpty();
			assertThat(area.lines()).isEqualTo(new LineSpan(5, 60));
		});
	}

	@Test
	void objectivesAreOverallModeOfActionAndThreeActionAreas() {
		assertThat(document.objectives())
			.extracting(ParsedObjective::code, ParsedObjective::title, ParsedObjective::scope,
					ParsedObjective::policyArea, ParsedObjective::parentCode, ParsedObjective::lines)
			.containsExactly(tuple(null, null, ObjectiveScope.OVERALL, "Cybersecurity", null, LineSpan.of(15)),
					tuple(null, null, ObjectiveScope.MODE_OF_ACTION, "Cybersecurity", null, LineSpan.of(16)),
					tuple("I", "Diplomatic level", ObjectiveScope.ACTION_AREA, "Cybersecurity", null,
							new LineSpan(26, 28)),
					tuple("II", "Policy level", ObjectiveScope.ACTION_AREA, "Cybersecurity", null,
							new LineSpan(35, 37)),
					tuple("III", "Technical level", ObjectiveScope.ACTION_AREA, "Cybersecurity", null,
							new LineSpan(47, 49)));
		assertThat(document.objectives()).extracting(ParsedObjective::text)
			.containsExactly(document.policyAreas().get(0).objective(),
					"Establishment of a bi-regional cyber collaboration fostering an enabling environment towards cyber "
							+ "resilience in the EU and LAC.",
					"Reinforce cyber diplomacy capacities and foster closer bi-regional cooperation",
					"Strengthen national, regional and bi-regional cyber ecosystems, as well as promotion of triangular "
							+ "cooperation",
					"Boost resilience of critical infrastructure to ensure that societies are protected and can fully "
							+ "benefit from the human-centric digital transformation.");
	}

	@Test
	void actionItemsMatchTheExpectedTableFieldByField() {
		ExpectedItems.assertMatch(document.actionItems(), "expected/chairs-conclusions-001.tsv");
	}

	@Test
	void twelveNumberedActionsCarryTwelveLetteredSubItems() {
		assertThat(
				document.actionItems().stream().filter(item -> item.parentCode() == null).map(ParsedActionItem::code))
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
		assertThat(document.actionItems().stream().filter(item -> item.parentCode() != null)).hasSize(12);
	}

	@Test
	void itemTextKeepsNoFootnoteMarkersAndNoMarkup() {
		assertThat(document.actionItems()).allSatisfy(item -> {
			assertThat(item.description()).doesNotContainPattern("[¹²³<>]").doesNotContain("list-style");
			assertThat(item.title()).doesNotContainPattern("[¹²³<>]").hasSizeLessThanOrEqualTo(ItemTitle.LONGEST + 1);
		});
		assertThat(document.actionItems()).filteredOn(item -> item.code().equals("7"))
			.singleElement()
			.satisfies(item -> assertThat(item.description()).contains("Team Europe contribution"));
	}

	@Test
	void membershipsAreTheTwentyFoundersOf2023AndTheFourWhoJoinedLater() {
		List<ParsedMembership> members = document.members();
		assertThat(members).hasSize(24).allSatisfy(member -> {
			assertThat(member.lines()).isEqualTo(LineSpan.of(18));
			assertThat(member.date()).isNull();
		});
		assertThat(members.stream().filter(member -> member.year() == 2023).map(ParsedMembership::countryCode))
			.containsExactly("AR", "BS", "BB", "BR", "CL", "CO", "CR", "DO", "EC", "SV", "GT", "HN", "JM", "MX", "PA",
					"PY", "PE", "SR", "TT", "UY");
		assertThat(members.stream().filter(member -> member.year() == 2024).map(ParsedMembership::countryCode))
			.containsExactly("BZ", "GY", "GD");
		assertThat(members.stream().filter(member -> member.year() == 2025).map(ParsedMembership::countryCode))
			.containsExactly("BO");
	}

	@Test
	void organisationsAreTheCoChairAndThoseTheActionsAndFootnotesName() {
		assertThat(document.organisations()).extracting(ParsedOrganisation::name)
			.startsWith("European Commission")
			.contains("United Nations", "Organization of American States", "European Union Agency for Cybersecurity",
					"EU CyberNet", "LAC Cyber Competence Centre", "European Investment Bank",
					"European Bank for Reconstruction and Development")
			.doesNotContain("Team Europe");
		assertThat(document.organisations()).allSatisfy(organisation -> assertThat(organisation.known()).isTrue());
	}

	@Test
	void teamEuropeIsAGroupOfOrganisationsNotAnOrganisation() {
		assertThat(document.groups()).singleElement().satisfies(group -> {
			assertThat(group.name()).isEqualTo("Team Europe");
			assertThat(group.lines()).isEqualTo(LineSpan.of(52));
			assertThat(group.members()).extracting(ParsedParty::organisation)
				.contains("European Union", "European Investment Bank",
						"European Bank for Reconstruction and Development");
		});
	}

}
