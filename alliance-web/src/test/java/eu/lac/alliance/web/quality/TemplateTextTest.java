package eu.lac.alliance.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No template holds visible text outside the message bundles: every text node with a
 * letter in it, and every {@code title}, {@code alt}, {@code placeholder} and
 * {@code aria-label} attribute, is replaced at rendering (by {@code th:text},
 * {@code th:utext}, {@code th:replace}, {@code th:insert}, {@code th:errors} on it or an
 * element around it, or by its own {@code th:} attribute or {@code th:attr}). The text a
 * template holds in such places is only a designer's placeholder.
 */
class TemplateTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes whose value a person reads or hears. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label");

	/** Attributes that replace an element's whole content when it is rendered. */
	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors",
			"data-th-text", "data-th-utext", "data-th-replace", "data-th-insert");

	/** Elements whose text is not shown. */
	private static final Set<String> INVISIBLE = Set.of("script", "style", "template");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	@Test
	void everyVisibleTextInTheTemplatesComesFromTheBundles() throws IOException {
		List<String> found = new ArrayList<>();
		List<Path> templates;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(templates).isNotEmpty();
		for (Path template : templates) {
			for (String text : textOutsideTheBundles(Files.readString(template))) {
				found.add(TEMPLATES.relativize(template) + ": " + text);
			}
		}
		assertThat(found).as("text in templates that no message bundle provides").isEmpty();
	}

	/**
	 * Markup goes into a page unescaped in one way only: a kept body (the dashboard's,
	 * the item list's, an item page's part above its forms and its updates), which the
	 * engine itself rendered with every text escaped ({@code KeptBodies}). Any other
	 * {@code th:utext} would put a document's or a person's text into a page as markup.
	 */
	@Test
	void onlyKeptBodiesAreInsertedUnescaped() throws IOException {
		Pattern unescaped = Pattern.compile("(?:data-)?th:utext=\"([^\"]*)\"");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
				Matcher matcher = unescaped.matcher(Files.readString(template));
				while (matcher.find()) {
					found.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(found).containsExactly("actionitem/detail.html: ${top.html}",
				"actionitem/detail.html: ${updates.get(u.id).html}", "actionitem/list.html: ${body.html}",
				"dashboard/dashboard.html: ${body.html}");
	}

	@Test
	void theGuardSeesLiteralTextAndAttributesAndLetsReplacedOnesBe() {
		String template = """
				<section>
				  <h1>Dialogues</h1>
				  <p th:text="#{x.y}">Placeholder <em>kept for designers</em></p>
				  <div th:replace="~{fragments/x :: y}">Whatever</div>
				  <img src="a.png" alt="A chart">
				  <img src="b.png" alt="B" th:alt="#{x.alt}">
				  <input placeholder="Search" th:attr="placeholder=#{x.search}">
				  <a href="#" title="Help">?</a>
				  <span aria-label="Close" th:aria-label="#{x.close}">&times; 12 : 3</span>
				  <strong th:text="#{x.z}">Label</strong>: <span>Status</span>
				  <script src="/js/a.js"></script>
				</section>
				""";

		assertThat(textOutsideTheBundles(template)).containsExactly("text \"Dialogues\"", "alt=\"A chart\"",
				"title=\"Help\"", "text \"Status\"");
	}

	/** What {@code template} shows that no bundle provides, in document order. */
	static List<String> textOutsideTheBundles(String template) {
		Document document = Jsoup.parse(template, "", Parser.htmlParser().setTrackPosition(false));
		List<String> found = new ArrayList<>();
		visit(document, found);
		return found;
	}

	private static void visit(Element element, List<String> found) {
		if (INVISIBLE.contains(element.normalName()) || element.attr("th:remove").equals("all")) {
			return;
		}
		for (String attribute : VISIBLE_ATTRIBUTES) {
			if (element.hasAttr(attribute) && LETTER.matcher(element.attr(attribute)).find()
					&& !replaced(element, attribute)) {
				found.add(attribute + "=\"" + element.attr(attribute) + "\"");
			}
		}
		if (REPLACING.stream().anyMatch(element::hasAttr)) {
			return;
		}
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text && LETTER.matcher(text.text()).find()) {
				found.add("text \"" + text.text().strip() + "\"");
			}
			else if (child instanceof Element inner) {
				visit(inner, found);
			}
		}
	}

	private static boolean replaced(Element element, String attribute) {
		return element.hasAttr("th:" + attribute) || element.hasAttr("data-th-" + attribute)
				|| element.attr("th:attr").matches("(?s).*\\b" + Pattern.quote(attribute) + "\\s*=.*")
				|| element.attr("th:attrappend").contains(attribute);
	}

}
