package eu.lac.alliance.importer.layout.forum;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedOrganisation;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.text.DocumentDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.lac.alliance.importer.layout.LayoutParserChecks.TEST_RESOURCES;
import static eu.lac.alliance.importer.layout.LayoutParserChecks.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Forum summaries whose sections and fields are named otherwise than the seed's: "Key
 * outcomes", "Follow-up actions", "Recommendations", "**Dates**: ... to ...",
 * "**Venue**", unbolded "Date:" and "Place:", numbered and "*" bullets, a second H1.
 */
class ForumSummarySectionVariantsTest {

	private static final Path VARIANTS = TEST_RESOURCES.resolve("variants/forum-summary");

	private static final ParseContext CONTEXT = ParseContext.reference();

	private final ForumSummaryParser parser = new ForumSummaryParser();

	@ParameterizedTest
	@ValueSource(strings = { "key-outcomes-follow-up-recommendations.md", "plain-fields-second-h1-es.md",
			"summary-report-venue-with-building.md", "numeric-date-field-lima.md" })
	void theVariantsAreRecognisedAsForumSummaries(String variant) throws IOException {
		assertThat(parser.recognise(decode(VARIANTS.resolve(variant)))).isGreaterThanOrEqualTo(50);
	}

	@Test
	void keyOutcomesFollowUpActionsAndRecommendationsAreActionItems() throws IOException {
		ParsedDocument document = parser.parse(decode(VARIANTS.resolve("key-outcomes-follow-up-recommendations.md")),
				CONTEXT);

		assertThat(document.dialogue().title()).isEqualTo("EU-LAC Multi-Stakeholder Forum on Digital Skills");
		assertThat(document.dialogue().start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(document.dialogue().end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(document.dialogue().city()).isEqualTo("Bogotá");
		assertThat(document.dialogue().countryCode()).isEqualTo("CO");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category, ParsedActionItem::title,
					item -> item.deadline() == null ? null : item.deadline().dueOn(),
					item -> item.deadline() == null ? null : item.deadline().wording())
			.containsExactly(
					tuple("PA1", ActionItemCategory.JOINT_INITIATIVE, "Launch of a skills observatory with UNESCO",
							null, null),
					tuple("PA2", ActionItemCategory.JOINT_INITIATIVE,
							"Creation of a teacher training network by end of Q3 2025", LocalDate.of(2025, 9, 30),
							"by end of Q3 2025"),
					tuple("NS1", ActionItemCategory.NEXT_STEP,
							"Publish the observatory's first report no later than 30 September 2025",
							LocalDate.of(2025, 9, 30), "no later than 30 September 2025"),
					tuple("NS2", ActionItemCategory.NEXT_STEP, "Present results before the 2026 summit",
							LocalDate.of(2025, 12, 31), "before the 2026"),
					tuple("NS3", ActionItemCategory.NEXT_STEP, "Open a call for pilots in H2 2025",
							LocalDate.of(2025, 12, 31), "in H2 2025"),
					tuple("NS4", ActionItemCategory.NEXT_STEP, "Review progress by 2026", LocalDate.of(2026, 12, 31),
							"by 2026"),
					tuple("NS5", ActionItemCategory.NEXT_STEP, "Align skills frameworks across both regions", null,
							null));
		assertThat(document.organisations()).extracting(ParsedOrganisation::name)
			.contains("European Commission", "Telefónica", "Mercado Libre");
	}

	@Test
	void unboldedFieldsSpanishSectionsAndASecondTitle() throws IOException {
		ParsedDocument document = parser.parse(decode(VARIANTS.resolve("plain-fields-second-h1-es.md")), CONTEXT);

		assertThat(document.dialogue().title()).isEqualTo("Foro multiactor UE-ALC sobre Ciberseguridad");
		assertThat(document.dialogue().start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(document.dialogue().end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(document.dialogue().city()).isEqualTo("Ciudad de México");
		assertThat(document.dialogue().countryCode()).isEqualTo("MX");
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name).containsExactly("Cybersecurity");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, ParsedActionItem::category,
					item -> item.deadline() == null ? null : item.deadline().dueOn())
			.containsExactly(tuple("C1", ActionItemCategory.COMMITMENT, LocalDate.of(2025, 12, 31)),
					tuple("C2", ActionItemCategory.COMMITMENT, LocalDate.of(2025, 12, 31)),
					tuple("NS1", ActionItemCategory.NEXT_STEP, null));
	}

	@Test
	void sectionHeadingsOfOtherWordingsListWork() {
		assertThat(SectionMeaning.of("Key outcomes")).isEqualTo(SectionMeaning.PRACTICAL_APPLICATIONS);
		assertThat(SectionMeaning.of("Resultados clave")).isEqualTo(SectionMeaning.PRACTICAL_APPLICATIONS);
		assertThat(SectionMeaning.of("Recommendations")).isEqualTo(SectionMeaning.NEXT_STEPS);
		assertThat(SectionMeaning.of("Recomendaciones")).isEqualTo(SectionMeaning.NEXT_STEPS);
		assertThat(SectionMeaning.of("Recomendações")).isEqualTo(SectionMeaning.NEXT_STEPS);
		assertThat(SectionMeaning.of("Follow-up actions")).isEqualTo(SectionMeaning.NEXT_STEPS);
		assertThat(SectionMeaning.of("Compromissos")).isEqualTo(SectionMeaning.COMMITMENTS);
	}

	@Test
	void aSummaryReportTitleAndAVenueFieldNamingTheBuilding() throws IOException {
		ParsedDocument document = parser.parse(decode(VARIANTS.resolve("summary-report-venue-with-building.md")),
				CONTEXT);

		assertThat(document.dialogue().title()).isEqualTo("EU-LAC Multi-Stakeholder Forum on Cybersecurity");
		assertThat(document.dialogue().start().exact()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(document.dialogue().end().exact()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(document.dialogue().city()).isEqualTo("Madrid");
		assertThat(document.dialogue().countryCode()).isEqualTo("ES");
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name).containsExactly("Cybersecurity");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, item -> item.deadline().dueOn(), item -> item.deadline().wording())
			.containsExactly(tuple("C1", LocalDate.of(2025, 9, 30), "by end of Q3 2025"),
					tuple("C2", LocalDate.of(2025, 12, 31), "before the 2026"));
		assertThat(document.organisations()).extracting(ParsedOrganisation::name)
			.containsExactly("European Commission", "Telefónica");
		assertThat(document.warningTexts()).isEmpty();
	}

	@Test
	void aDateFieldAndADeadlineWrittenInFiguresDayFirst() throws IOException {
		ParsedDocument document = parser.parse(decode(VARIANTS.resolve("numeric-date-field-lima.md")), CONTEXT);

		assertThat(document.dialogue().title()).isEqualTo("EU-LAC Dialogue on Data Governance");
		assertThat(document.dialogue().start().exact()).isEqualTo(LocalDate.of(2024, 10, 23));
		assertThat(document.dialogue().end().exact()).isEqualTo(LocalDate.of(2024, 10, 23));
		assertThat(document.dialogue().city()).isEqualTo("Lima");
		assertThat(document.dialogue().countryCode()).isEqualTo("PE");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, item -> item.deadline().dueOn(), item -> item.deadline().wording())
			.containsExactly(tuple("NS1", LocalDate.of(2025, 3, 31), "by 31/03/2025"));
		assertThat(document.warningTexts()).isEmpty();
	}

	private static final String SPANISH_SUMMARY = "# Foro UE-ALC sobre Conectividad \u2013 Resumen\n\n"
			+ "**Fecha**: 23\u201325 de octubre de 2024\n\n**Lugar**: Bogot\u00e1\n\n## Participantes\n\n"
			+ "| Organizaci\u00f3n | Tipo |\n| --- | --- |\n| Comisi\u00f3n Europea | Pol\u00edtico |\n"
			+ "| Telef\u00f3nica | Econ\u00f3mico |\n\n## Compromisos\n\n"
			+ "* Publicar el \u201cmapa de brechas\u201d antes de finales de 2025.\n";

	@ParameterizedTest
	@CsvSource({ "windows-1252", "ISO-8859-15", "UTF-16LE" })
	void aSpanishSummarySavedInAnotherEncodingReadsTheSame(String charset) {
		String text = charset.equals("ISO-8859-15") ? SPANISH_SUMMARY.replace('\u2013', '-')
			.replace('\u201c', '"')
			.replace('\u201d', '"')
			.replace("23\u201325", "23-25") : SPANISH_SUMMARY;
		byte[] bytes = text.getBytes(Charset.forName(charset));

		ParsedDocument document = parser.parse(DocumentDecoder.decode("resumen.md", bytes), CONTEXT);

		assertThat(document.dialogue().title()).isEqualTo("Foro UE-ALC sobre Conectividad");
		assertThat(document.dialogue().start().exact()).isEqualTo(LocalDate.of(2024, 10, 23));
		assertThat(document.dialogue().end().exact()).isEqualTo(LocalDate.of(2024, 10, 25));
		assertThat(document.dialogue().city()).isEqualTo("Bogotá");
		assertThat(document.dialogue().countryCode()).isEqualTo("CO");
		assertThat(document.policyAreas()).extracting(ParsedPolicyArea::name).containsExactly("Connectivity");
		assertThat(document.organisations()).extracting(ParsedOrganisation::name)
			.containsExactly("European Commission", "Telefónica");
		assertThat(document.actionItems())
			.extracting(ParsedActionItem::code, item -> item.deadline().dueOn(), item -> item.deadline().wording())
			.containsExactly(tuple("C1", LocalDate.of(2025, 12, 31), "antes de finales de 2025"));
	}

}
