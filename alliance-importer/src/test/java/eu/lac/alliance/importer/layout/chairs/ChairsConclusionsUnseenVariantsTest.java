package eu.lac.alliance.importer.layout.chairs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedMembership;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedParty;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Chairs' conclusions numbered and headed differently from the seed: "Pillar 1 – ..." and
 * "Area II: ..." headings, actions "1)", "(3)" and "Action 4:", sub-items "(a)", "i." and
 * "(ii)", Portuguese labels, a members footnote worded otherwise, and dialogue sentences
 * that go on after the co-chairs.
 */
class ChairsConclusionsUnseenVariantsTest {

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	private static ParsedDocument read(String name) throws IOException {
		Path file = TEST_RESOURCES.resolve("variants/chairs-conclusions").resolve(name);
		ParsedDocument document = READER.read(name, Files.readAllBytes(file), ParseContext.reference());
		assertThat(document.layout()).isEqualTo(Layout.CHAIRS_CONCLUSIONS);
		return document;
	}

	@Test
	void pillarsBracketedNumbersAndRomanSubItemsAreRead() throws IOException {
		ParsedDocument document = read("pillars-bracketed-numbers-roman-subitems.txt");
		var dialogue = document.dialogue();
		assertThat(dialogue.title()).isEqualTo("EU-LAC Policy Dialogue on Digital Skills");
		assertThat(dialogue.start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 4, 3)));
		assertThat(dialogue.end()).isEqualTo(PartialDate.day(LocalDate.of(2025, 4, 4)));
		assertThat(dialogue.city()).isEqualTo("Lima");
		assertThat(dialogue.countryCode()).isEqualTo("PE");
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode).containsExactly("PE", "PT");
		assertThat(document.objectives())
			.extracting(ParsedObjective::code, ParsedObjective::title, ParsedObjective::text, ParsedObjective::scope)
			.containsExactly(
					tuple(null, null, "Citizens in the EU and LAC gain the digital skills they need.",
							ObjectiveScope.OVERALL),
					tuple(null, null, "Bi-regional cooperation on skills.", ObjectiveScope.MODE_OF_ACTION),
					tuple("1", "Basic digital skills", "Raise basic digital skills in the population.",
							ObjectiveScope.ACTION_AREA),
					tuple("2", "Advanced skills", "More ICT specialists.", ObjectiveScope.ACTION_AREA));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::parentCode, ParsedActionItem::objectiveCode,
					ParsedActionItem::category, ParsedActionItem::title)
			.containsExactly(
					tuple("1", null, "1", ActionItemCategory.INFORMATION_SHARING,
							"Share national digital skills strategies"),
					tuple("2", null, "1", ActionItemCategory.INFORMATION_SHARING, "Exchange data on skills gaps"),
					tuple("2.a", "2", "1", ActionItemCategory.INFORMATION_SHARING, "Surveys of households"),
					tuple("2.b", "2", "1", ActionItemCategory.INFORMATION_SHARING, "School data"),
					tuple("3", null, "1", ActionItemCategory.CAPACITY_BUILDING,
							"Train the trainers in public libraries"),
					tuple("4", null, "1", ActionItemCategory.JOINT_INITIATIVE,
							"Launch a joint EU-LAC digital skills week by December 2025"),
					tuple("5", null, "2", ActionItemCategory.INFORMATION_SHARING, "Share curricula of ICT degrees"),
					tuple("6", null, "2", ActionItemCategory.CAPACITY_BUILDING, "Scholarships for ICT specialists"),
					tuple("6.a", "6", "2", ActionItemCategory.CAPACITY_BUILDING, "Short courses"),
					tuple("6.b", "6", "2", ActionItemCategory.CAPACITY_BUILDING, "Master's programmes"),
					tuple("7", null, "2", ActionItemCategory.JOINT_INITIATIVE, "Joint bootcamps"));
		assertThat(document.actionItems().get(5).deadline().dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(document.members()).extracting(ParsedMembership::countryCode, ParsedMembership::year)
			.containsExactly(tuple("AR", 2023), tuple("BR", 2023), tuple("CL", 2023), tuple("BZ", 2024),
					tuple("GY", 2024), tuple("BO", 2025));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void portugueseAreaWithoutTheWordActionIsAnActionArea() throws IOException {
		ParsedDocument document = read("portuguese-area-without-action-word.txt");
		var dialogue = document.dialogue();
		assertThat(dialogue.city()).isEqualTo("Brasília");
		assertThat(dialogue.countryCode()).isEqualTo("BR");
		assertThat(dialogue.start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 5, 12)));
		assertThat(dialogue.end()).isEqualTo(PartialDate.day(LocalDate.of(2025, 5, 13)));
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode).containsExactly("BR", "ES");
		assertThat(document.objectives())
			.extracting(ParsedObjective::code, ParsedObjective::title, ParsedObjective::text, ParsedObjective::scope)
			.containsExactly(
					tuple(null, null, "Serviços públicos digitais centrados no cidadão.", ObjectiveScope.OVERALL),
					tuple("II", "Identidade digital", "Identidade digital interoperável.", ObjectiveScope.ACTION_AREA));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::objectiveCode, ParsedActionItem::category,
					ParsedActionItem::title)
			.containsExactly(
					tuple("1", "II", ActionItemCategory.INFORMATION_SHARING,
							"Partilhar quadros jurídicos de identidade digital"),
					tuple("2", "II", ActionItemCategory.CAPACITY_BUILDING, "Formação de funcionários públicos"),
					tuple("3", "II", ActionItemCategory.JOINT_INITIATIVE,
							"Piloto de carteira digital entre Brasil e Espanha"));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void coChairsEndWhereTheSentenceGoesOnAndBracketedRomanSubItemsAreLettered() throws IOException {
		ParsedDocument document = read("cochairs-followed-by-clause.txt");
		var dialogue = document.dialogue();
		assertThat(dialogue.title()).isEqualTo("EU-LAC High Level Dialogue on Connectivity");
		assertThat(dialogue.city()).isEqualTo("Panama City");
		assertThat(dialogue.countryCode()).isEqualTo("PA");
		assertThat(dialogue.start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 3, 20)));
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode).containsExactly("PA", "IT");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::parentCode, ParsedActionItem::category,
					ParsedActionItem::title)
			.containsExactly(tuple("1", null, ActionItemCategory.INFORMATION_SHARING, "Share spectrum policies"),
					tuple("2", null, ActionItemCategory.CAPACITY_BUILDING, "Training for regulators"),
					tuple("2.a", "2", ActionItemCategory.CAPACITY_BUILDING, "Spectrum auctions"),
					tuple("2.b", "2", ActionItemCategory.CAPACITY_BUILDING, "Rural licensing"),
					tuple("3", null, ActionItemCategory.JOINT_INITIATIVE, "Extend BELLA to the Caribbean by Q4 2026"));
		assertThat(document.actionItems().get(4).deadline().dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void pillarHeadingsAfterAPageHeaderAndBracketedLettersRunTogetherAreRead() throws IOException {
		ParsedDocument document = read("pillars-in-page-headers-bracketed-letters-run-together.txt");
		var dialogue = document.dialogue();
		assertThat(dialogue.city()).isEqualTo("Bogotá");
		assertThat(dialogue.countryCode()).isEqualTo("CO");
		assertThat(dialogue.start()).isEqualTo(PartialDate.month(2025, 9));
		assertThat(dialogue.coChairs()).extracting(ParsedParty::countryCode).containsExactly("CO", "EE");
		assertThat(document.objectives())
			.extracting(ParsedObjective::code, ParsedObjective::title, ParsedObjective::text, ParsedObjective::scope)
			.containsExactly(tuple(null, null, "Cyber-resilient societies in both regions.", ObjectiveScope.OVERALL),
					tuple("1", "Diplomatic level", "Reinforce cyber diplomacy.", ObjectiveScope.ACTION_AREA),
					tuple("2", "Technical level", "Protect critical infrastructure.", ObjectiveScope.ACTION_AREA));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::parentCode, ParsedActionItem::objectiveCode,
					ParsedActionItem::category, ParsedActionItem::title)
			.containsExactly(
					tuple("1", null, "1", ActionItemCategory.INFORMATION_SHARING, "Share national cyber strategies"),
					tuple("2", null, "1", ActionItemCategory.CAPACITY_BUILDING, "Train diplomats"),
					tuple("2.a", "2", "1", ActionItemCategory.CAPACITY_BUILDING, "Points of contact"),
					tuple("2.b", "2", "1", ActionItemCategory.CAPACITY_BUILDING, "Cyber ambassadors"),
					tuple("3", null, "1", ActionItemCategory.JOINT_INITIATIVE, "Annual meeting of cyber diplomats"),
					tuple("4", null, "2", ActionItemCategory.INFORMATION_SHARING, "Share threat intelligence"));
		assertThat(document.members()).extracting(ParsedMembership::countryCode, ParsedMembership::year)
			.containsExactly(tuple("BZ", 2024), tuple("GY", 2024), tuple("GD", 2024), tuple("BO", 2025));
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void actionsIntroducedByTheWordAndRomanSubItemsAreRead() throws IOException {
		ParsedDocument document = read("action-word-numbering-roman-subitems.txt");
		var dialogue = document.dialogue();
		assertThat(dialogue.title()).isEqualTo("EU-LAC Policy Dialogue on Artificial Intelligence");
		assertThat(dialogue.city()).isEqualTo("Montevideo");
		assertThat(dialogue.countryCode()).isEqualTo("UY");
		assertThat(dialogue.start()).isEqualTo(PartialDate.day(LocalDate.of(2025, 4, 3)));
		assertThat(dialogue.end()).isEqualTo(PartialDate.day(LocalDate.of(2025, 4, 4)));
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::parentCode, ParsedActionItem::objectiveCode,
					ParsedActionItem::category, ParsedActionItem::title)
			.containsExactly(
					tuple("1", null, "I", ActionItemCategory.INFORMATION_SHARING, "Share national AI strategies"),
					tuple("2", null, "I", ActionItemCategory.INFORMATION_SHARING, "Share AI risk classifications"),
					tuple("2.a", "2", "I", ActionItemCategory.INFORMATION_SHARING, "High-risk systems"),
					tuple("2.b", "2", "I", ActionItemCategory.INFORMATION_SHARING, "Prohibited practices"),
					tuple("3", null, "I", ActionItemCategory.CAPACITY_BUILDING, "Training on the AI Act"),
					tuple("4", null, "I", ActionItemCategory.JOINT_INITIATIVE, "Regional AI observatory"));
		assertThat(document.members()).extracting(ParsedMembership::countryCode, ParsedMembership::year)
			.containsExactly(tuple("UY", 2023), tuple("CL", 2023), tuple("BR", 2023), tuple("BO", 2025));
		assertThat(document.warningTexts()).isEmpty();
	}

}
