package eu.lac.alliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every page speaks English, Spanish and Portuguese: the bundles hold the same keys, and
 * templates only use keys that exist.
 */
class MessageBundlesTest {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

	@Test
	void theSpanishAndPortugueseBundlesHaveExactlyTheEnglishKeys() throws IOException {
		Set<Object> english = bundle("messages.properties").keySet();
		assertThat(bundle("messages_es.properties").keySet()).containsExactlyInAnyOrderElementsOf(english);
		assertThat(bundle("messages_pt.properties").keySet()).containsExactlyInAnyOrderElementsOf(english);
	}

	@Test
	void everyMessageATemplateUsesIsInTheBundle() throws IOException {
		Set<Object> english = bundle("messages.properties").keySet();
		Set<String> used = new HashSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(english).containsAll(used);
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
