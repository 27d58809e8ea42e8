package eu.lac.alliance.importer.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					# fragment                                                            | text
					<u>EU-LAC Digital Alliance days</u> , participants                    | EU-LAC Digital Alliance days , participants
					<b onclick="alert('x')">more than 200</b> participants                | more than 200 participants
					rights &amp; safeguards                                               | rights & safeguards
					before<script>alert('x')</script>after                                | beforeafter
					&lt;script&gt;alert(1)&lt;/script&gt;Hello                            | Hello
					<ul style="list-style-type: none"> <li>• One</li> <li>• Two</li></ul> | • One • Two
					"  plain   text  "                                                    | plain text
					""")
	void fragmentsBecomePlainText(String fragment, String text) {
		assertThat(HtmlText.toText(fragment)).isEqualTo(text);
	}

	@Test
	void scriptsSpanningLinesAreEmptiedLineByLine() {
		List<String> lines = List.of("Headline", "<script type=\"text/javascript\">", "  var held = 'in Lima, Peru';",
				"</script> Story <i>starts</i>", "<!-- hidden", "comment -->visible", "<style>", "p { color: red }",
				"</style>", "end");

		assertThat(HtmlText.linesToText(lines)).containsExactly("Headline", "", "", "Story starts", "", "visible", "",
				"", "", "end");
	}

}
