package eu.lac.alliance.importer.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import eu.lac.alliance.importer.document.LayoutParser;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.result.ParsedActionItem;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.text.DocumentDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every layout parser's test checks alike (files read, mangled and huge input
 * survived, seeds told apart), written once so that each test states only what its layout
 * adds.
 */
public final class LayoutParserChecks {

	/** The seed documents, as seen from a module's working directory. */
	public static final Path SEEDS = Path.of("..", "seeds");

	/** The module's test resources: variants and expected tables. */
	public static final Path TEST_RESOURCES = Path.of("src", "test", "resources");

	private final LayoutParser parser;

	private final ParseContext context;

	public LayoutParserChecks(LayoutParser parser, ParseContext context) {
		this.parser = parser;
		this.context = context;
	}

	/** The seed document with this file name. */
	public static Path seed(String name) {
		return SEEDS.resolve(name);
	}

	/** A file's text as written (UTF-8), named after the file. */
	public static SourceText read(Path file) throws IOException {
		return SourceText.of(file.getFileName().toString(), Files.readString(file));
	}

	/**
	 * A file's text as the importer decodes it, encoding repairs included, named after
	 * the file.
	 */
	public static SourceText decode(Path file) throws IOException {
		return DocumentDecoder.decode(file.getFileName().toString(), Files.readAllBytes(file));
	}

	/** Every seed but {@code own}, in file name order. */
	public static List<Path> otherSeeds(String own) throws IOException {
		try (Stream<Path> seeds = Files.list(SEEDS)) {
			return seeds.filter(p -> !p.getFileName().toString().equals(own)).sorted().toList();
		}
	}

	/**
	 * The rows of an expected table, split at tabs with empty cells kept; blank lines and
	 * '#' comments skipped.
	 */
	public static List<String[]> expectedRows(Path file) {
		return ParsedFacts.expected(file).stream().map(line -> line.split("\t", -1)).toList();
	}

	/** The document's action item with this code; fails when it has none. */
	public static ParsedActionItem actionItem(ParsedDocument document, String code) {
		return document.actionItems().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * The text, with {@code header} of its lines once and the rest again and again, to
	 * five megabytes or more.
	 */
	public static String fiveMegabytes(List<String> lines, int header) {
		String body = String.join("\n", lines.subList(header, lines.size())) + "\n";
		StringBuilder big = new StringBuilder(String.join("\n", lines.subList(0, header))).append('\n');
		while (big.length() < 5_000_000) {
			big.append(body);
		}
		return big.toString();
	}

	/**
	 * The text with CRLF line ends, split only at the LF so that every line keeps a
	 * carriage return.
	 */
	public static SourceText withLeftoverCarriageReturns(String fileName, String text) {
		String crlf = text.replace("\n", "\r\n");
		return new SourceText(fileName, "", crlf, List.of(crlf.split("\n", -1)), "UTF-8", List.of());
	}

	/**
	 * A guard against super-linear blow-ups, not a speed check: a parse that goes
	 * quadratic or backtracks on a 5 MB document takes hours, a linear one seconds, so
	 * the guard leaves room for a loaded 2-core machine. Speed is measured, not asserted,
	 * by {@code ImporterBenchmark}.
	 */
	public static final Duration BLOW_UP_GUARD = Duration.ofSeconds(180);

	/** Parses the text, failing when that takes {@code limit} or longer. */
	public ParsedDocument parseWithin(Duration limit, SourceText text) {
		long started = System.nanoTime();
		ParsedDocument document = parser.parse(text, context);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to parse %s", text.fileName())
			.isLessThan(limit);
		return document;
	}

	/**
	 * Recognising and parsing the text give a result or a parse failure naming its file,
	 * never another exception.
	 */
	public void readOrRefuse(SourceText text) {
		try {
			parser.recognise(text);
			parser.parse(text, context);
		}
		catch (ParseFailure expected) {
			assertThat(expected.fileName()).isEqualTo(text.fileName());
		}
	}

	/** {@link #readOrRefuse}, failing when that takes {@code limit} or longer. */
	public void readOrRefuseWithin(Duration limit, SourceText text) {
		long started = System.nanoTime();
		readOrRefuse(text);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to read %s", text.fileName())
			.isLessThan(limit);
	}

	/**
	 * {@link #readOrRefuse} for the lines shuffled (joined by line breaks, then by tabs),
	 * 4,000 random bytes and the odd texts given, each as "odd.txt"; {@code seed} makes
	 * the shuffle and the bytes.
	 */
	public void readsOrRefusesShuffledLinesAndNoise(List<String> lines, long seed, String... oddTexts) {
		List<String> shuffled = new ArrayList<>(lines);
		Random random = new Random(seed);
		Collections.shuffle(shuffled, random);
		byte[] noise = new byte[4000];
		random.nextBytes(noise);
		List<String> inputs = new ArrayList<>(List.of(String.join("\n", shuffled),
				new String(noise, StandardCharsets.ISO_8859_1), String.join("\t", shuffled)));
		inputs.addAll(List.of(oddTexts));
		for (String input : inputs) {
			readOrRefuse(SourceText.of("odd.txt", input));
		}
	}

	/**
	 * {@link #readOrRefuse} for thirty rounds of the lines shuffled and cut at a random
	 * line ("shuffled" + {@code extension}) and of up to {@code maxNoiseBytes} random
	 * bytes after {@code noisePrefix} ("noise" + {@code extension}); {@code seed} makes
	 * the shuffles, cuts and bytes.
	 */
	public void readsOrRefusesShuffledCutsAndNoise(List<String> lines, long seed, int maxNoiseBytes, String extension,
			String noisePrefix) {
		List<String> shuffled = new ArrayList<>(lines);
		Random random = new Random(seed);
		for (int round = 0; round < 30; round++) {
			Collections.shuffle(shuffled, random);
			List<String> cut = shuffled.subList(0, random.nextInt(shuffled.size()));
			readOrRefuse(SourceText.of("shuffled" + extension, String.join("\n", cut)));
			byte[] noise = new byte[random.nextInt(maxNoiseBytes)];
			random.nextBytes(noise);
			String garbled = noisePrefix + new String(noise, StandardCharsets.ISO_8859_1);
			readOrRefuse(SourceText.of("noise" + extension, garbled));
		}
	}

	/**
	 * The seed, read as written, scores 50 or more; every other seed 10 or less and under
	 * a quarter of that.
	 */
	public void recognisesTheSeedClearlyAboveTheOthers(String seed) throws IOException {
		int own = parser.recognise(read(seed(seed)));

		assertThat(own).isGreaterThanOrEqualTo(50);
		for (Path other : otherSeeds(seed)) {
			assertThat(parser.recognise(read(other))).as(other.getFileName().toString())
				.isLessThanOrEqualTo(10)
				.isLessThan(own / 4);
		}
	}

	/** The seed, decoded, scores {@code atLeast} or more and every other seed nothing. */
	public void recognisesTheSeedAndNoOther(String seed, int atLeast) throws IOException {
		assertThat(parser.recognise(decode(seed(seed)))).isGreaterThanOrEqualTo(atLeast);
		for (Path other : otherSeeds(seed)) {
			assertThat(parser.recognise(decode(other))).as(other.getFileName().toString()).isZero();
		}
	}

}
