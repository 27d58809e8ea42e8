package eu.lac.alliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
		for (String basename : basenames()) {
			Set<Object> english = bundle(basename + ".properties").keySet();
			assertThat(bundle(basename + "_es.properties").keySet()).as(basename + "_es")
				.containsExactlyInAnyOrderElementsOf(english);
			assertThat(bundle(basename + "_pt.properties").keySet()).as(basename + "_pt")
				.containsExactlyInAnyOrderElementsOf(english);
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<Object, String> owner = new HashMap<>();
		for (String basename : basenames()) {
			for (Object key : bundle(basename + ".properties").keySet()) {
				String earlier = owner.putIfAbsent(key, basename);
				assertThat(earlier).as("%s is in %s and %s", key, earlier, basename).isNull();
			}
		}
	}

	@Test
	void everyMessageATemplateUsesIsInTheBundle() throws IOException {
		Set<Object> english = new HashSet<>();
		for (String basename : basenames()) {
			english.addAll(bundle(basename + ".properties").keySet());
		}
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

	/**
	 * The bundles the application reads, as {@code spring.messages.basename} lists them.
	 */
	private static List<String> basenames() throws IOException {
		String listed = bundle("application.properties").getProperty("spring.messages.basename");
		assertThat(listed).isNotBlank();
		return Arrays.stream(listed.split(",")).map(String::strip).toList();
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
