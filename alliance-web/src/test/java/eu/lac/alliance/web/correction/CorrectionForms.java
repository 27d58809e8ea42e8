package eu.lac.alliance.web.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import eu.lac.alliance.web.testing.PortalClient;
import eu.lac.alliance.web.testing.TestAccounts;

/**
 * Reads a correction form as a browser would submit it (inputs, the selected option of
 * each select, textareas), so tests post exactly what the page offers with one field
 * changed.
 */
final class CorrectionForms {

	/** The property that gives the correction tests their own database. */
	static final String OWN_DATABASE = "alliance.test.corrections-database=own";

	private CorrectionForms() {
	}

	/**
	 * The fields of form {@code formId} on the page at {@code path}, CSRF token left out.
	 */
	static Map<String, String> fields(PortalClient client, String path, String formId) {
		HttpResponse<String> page = client.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		Element form = Jsoup.parse(page.body()).getElementById(formId);
		assertThat(form).as("form " + formId + " on " + path).isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			if (name.equals("_csrf") || input.attr("type").equals("submit")) {
				continue;
			}
			String value = switch (input.tagName()) {
				case "textarea" -> input.wholeText();
				case "select" -> {
					// as a browser does: the selected option, else the first
					Element selected = input.selectFirst("option[selected]");
					Element first = input.selectFirst("option");
					yield selected != null ? selected.attr("value") : first == null ? "" : first.attr("value");
				}
				default -> input.attr("value");
			};
			fields.put(name, value);
		}
		return fields;
	}

	static PortalClient signedIn(int port, String username, String password, String address) {
		PortalClient client = new PortalClient(port).from(address);
		assertThat(client.signIn(username, password).headers().firstValue("Location").orElseThrow())
			.doesNotContain("error");
		return client;
	}

	static PortalClient signedIn(int port, String username, String address) {
		return signedIn(port, username, TestAccounts.PASSWORD, address);
	}

}
