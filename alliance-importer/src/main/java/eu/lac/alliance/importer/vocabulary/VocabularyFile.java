package eu.lac.alliance.importer.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one of the importer's vocabulary files (labels, connectors, articles, section
 * names in three languages) from {@code /eu/lac/alliance/importer/vocabulary/}: the words
 * that vary between documents live there as data, so that a new wording is one line, not
 * a new branch in code.
 * <p>
 * Format, as for the reference gazetteer: UTF-8, one entry a line, cells separated by
 * tabs, {@code #} starts a comment line, blank lines are skipped, cells are stripped.
 */
public final class VocabularyFile {

	/** Where the vocabulary files live on the classpath. */
	public static final String FOLDER = "/eu/lac/alliance/importer/vocabulary/";

	/** One entry with the line of the file it was read from, for error messages. */
	public record Entry(String file, int line, List<String> cells) {

		public Entry {
			cells = List.copyOf(cells);
		}

		/** The cell at {@code index}, or "" when the row is shorter. */
		public String cell(int index) {
			return index < cells.size() ? cells.get(index) : "";
		}

		/** The cell at {@code index} split at {@code |}, empty parts dropped. */
		public List<String> alternatives(int index) {
			return Arrays.stream(cell(index).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

	}

	private VocabularyFile() {
	}

	/**
	 * Every entry of the named file (for example {@code "articles.tsv"}), in file order.
	 */
	public static List<Entry> read(String name) {
		String resource = FOLDER + name;
		try (InputStream in = VocabularyFile.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("vocabulary file missing from the classpath: " + resource);
			}
			List<Entry> entries = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			int lineNumber = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (line.isBlank() || line.stripLeading().startsWith("#")) {
					continue;
				}
				List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
				entries.add(new Entry(name, lineNumber, cells));
			}
			return List.copyOf(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read vocabulary file " + resource, ex);
		}
	}

	/** The first cell of every entry: for files that are plain word lists. */
	public static List<String> words(String name) {
		return read(name).stream().map(entry -> entry.cell(0)).filter(s -> !s.isEmpty()).toList();
	}

}
