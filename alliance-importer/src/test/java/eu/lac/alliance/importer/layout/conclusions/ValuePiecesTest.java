package eu.lac.alliance.importer.layout.conclusions;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected pieces are written "|"-separated, in order. */
class ValuePiecesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '~',
			textBlock = """
					Need for capacities. Frameworks should be human centered. Agencies to collaborate. ~ Need for capacities.|Frameworks should be human centered.|Agencies to collaborate.
					Cooperation with EU, CEPAL and other LAC countries (i.e. Colombia) on knowledge transfers. ~ Cooperation with EU, CEPAL and other LAC countries (i.e. Colombia) on knowledge transfers.
					Policies and plans. 5G, including a 5G Toolbox. Use of AI. ~ Policies and plans.|5G, including a 5G Toolbox.|Use of AI.
					Only 2.5 % are digital. Costs grow. ~ Only 2.5 % are digital.|Costs grow.
					Shared tools, e.g. Tallinn Summer School and St. Lucia pilots. Next. ~ Shared tools, e.g. Tallinn Summer School and St. Lucia pilots.|Next.
					Follow-up dialogue and training ~ Follow-up dialogue and training
					Plan "AI for good." Then act. ~ Plan "AI for good."|Then act.
					Open source (see annex.) Governance models ~ Open source (see annex.)|Governance models
					Falta de marcos, p. ej. firma. Brechas. ~ Falta de marcos, p. ej. firma.|Brechas.
					Ver art. 5 del reglamento. Fin ~ Ver art. 5 del reglamento.|Fin
					""")
	void proseIsCutAtSentenceEndsOnly(String prose, String expected) {
		assertThat(String.join("|", ValuePieces.sentences(prose))).isEqualTo(expected.strip());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '~',
			textBlock = """
					- Articulate collaboration EU LAC. - Collaborate to share the 5G Toolbox. ~ Articulate collaboration EU LAC.|Collaborate to share the 5G Toolbox.
					- Increase understanding of the EU AI act, ~ Increase understanding of the EU AI act,
					Need for AI strategies in LAC. ~ (prose) Need for AI strategies in LAC.
					- Mitigate cyber-risks and EU - LAC gaps. ~ Mitigate cyber-risks and EU - LAC gaps.
					• One • Two ~ One|Two
					- First; - second: - third ~ First;|second:|third
					""")
	void bulletsAreCutAtTheirMarkersNotAtHyphens(String value, String expected) {
		List<ValuePieces.Piece> pieces = ValuePieces.bullets(value);
		String rendered = String.join("|",
				pieces.stream().map(p -> (p.bullet() ? "" : "(prose) ") + p.text()).toList());
		assertThat(rendered).isEqualTo(expected.strip());
	}

}
