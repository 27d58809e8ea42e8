package eu.lac.alliance.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over mangled input: truncated, shuffled, spliced and random documents
 * must either parse or be refused with a {@link ParseFailure} that names the file, never
 * fail any other way. The random generator is seeded, so a failure names the seed and
 * case that reproduce it.
 */
class DocumentReaderRobustnessTest {

	private static final DocumentReader READER = DocumentReader.withAllLayouts();

	private static final ParseContext CONTEXT = ParseContext.reference();

	static Stream<Path> seeds() throws IOException {
		return Files.list(Path.of("..", "seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everyTruncationOfASeedParsesOrIsRefusedCleanly(Path seed) throws IOException {
		byte[] bytes = Files.readAllBytes(seed);
		Random random = new Random(seed.getFileName().toString().hashCode());
		for (int i = 0; i < 150; i++) {
			int cut = random.nextInt(bytes.length + 1);
			readSafely("truncated at byte " + cut + " of " + seed.getFileName(), Arrays.copyOf(bytes, cut));
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void shuffledDuplicatedAndDroppedLinesParseOrAreRefusedCleanly(Path seed) throws IOException {
		List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
		Random random = new Random(31L * seed.getFileName().toString().hashCode());
		for (int i = 0; i < 60; i++) {
			List<String> mangled = new ArrayList<>(lines);
			switch (i % 4) {
				case 0 -> Collections.shuffle(mangled, random);
				case 1 -> mangled.removeIf(line -> random.nextInt(3) == 0);
				case 2 -> {
					int at = random.nextInt(mangled.size());
					mangled.addAll(at, mangled.subList(0, Math.min(mangled.size(), 1 + random.nextInt(20))));
				}
				default -> mangled.replaceAll(line -> line.replace('\t', random.nextBoolean() ? ' ' : '\t')
					.replace("<", random.nextInt(5) == 0 ? "" : "<"));
			}
			readSafely(seed.getFileName() + " mangled (case " + i + ")",
					String.join("\n", mangled).getBytes(StandardCharsets.UTF_8));
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void randomBytesAndSplicedFragmentsParseOrAreRefusedCleanly(Path seed) throws IOException {
		byte[] bytes = Files.readAllBytes(seed);
		Random random = new Random(17L * seed.getFileName().toString().hashCode());
		for (int i = 0; i < 60; i++) {
			byte[] mangled = bytes.clone();
			int flips = 1 + random.nextInt(40);
			for (int f = 0; f < flips; f++) {
				mangled[random.nextInt(mangled.length)] = (byte) random.nextInt(256);
			}
			readSafely(seed.getFileName() + " with " + flips + " random bytes (case " + i + ")", mangled);
			byte[] noise = new byte[random.nextInt(2048)];
			random.nextBytes(noise);
			readSafely("random bytes (case " + i + ")", noise);
		}
	}

	private static void readSafely(String what, byte[] bytes) {
		try {
			var parsed = READER.read("mangled.txt", bytes, CONTEXT);
			assertThat(parsed.fileName()).isEqualTo("mangled.txt");
			assertThat(parsed.layout()).isNotNull();
		}
		catch (ParseFailure refused) {
			assertThat(refused.fileName()).isEqualTo("mangled.txt");
			assertThat(refused.getMessage()).startsWith("mangled.txt")
				.hasSizeGreaterThan("mangled.txt: ".length() + 10);
			assertThat(refused.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
		}
		catch (RuntimeException | StackOverflowError other) {
			fail(what + " failed with " + other + " instead of a ParseFailure", other);
		}
	}

}
