package eu.lac.alliance.importer.spreadsheet;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * A column of the spreadsheet template. The headers it accepts (English, Spanish,
 * Portuguese) are data, in {@code vocabulary/template-columns.tsv}; the first is the one
 * the template writes.
 */
public enum TemplateColumn {

	DIALOGUE, DIALOGUE_START, DIALOGUE_END, DIALOGUE_CITY, DIALOGUE_COUNTRY, POLICY_AREA, CODE, PARENT_CODE, TITLE,
	DESCRIPTION, DEADLINE, CO_LEAD_COUNTRIES, INTERESTED_COUNTRIES, CO_LEAD_ORGANISATIONS, INTERESTED_ORGANISATIONS;

	private static final Map<TemplateColumn, List<String>> HEADERS = headers();

	/** Every accepted header, compared as a key, to its column. */
	private static final Map<String, TemplateColumn> BY_KEY = byKey();

	/** The header the template writes. */
	public String header() {
		return HEADERS.get(this).get(0);
	}

	/** The column a header names, if it names one. */
	public static Optional<TemplateColumn> of(String header) {
		return Optional.ofNullable(BY_KEY.get(key(header)));
	}

	private static String key(String header) {
		String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		return plain.replaceAll("[^a-z0-9]+", " ").strip();
	}

	private static Map<String, TemplateColumn> byKey() {
		Map<String, TemplateColumn> byKey = new java.util.HashMap<>();
		HEADERS.forEach((column, accepted) -> accepted.forEach(header -> byKey.putIfAbsent(key(header), column)));
		return Map.copyOf(byKey);
	}

	private static Map<TemplateColumn, List<String>> headers() {
		Map<TemplateColumn, List<String>> headers = new EnumMap<>(TemplateColumn.class);
		for (VocabularyFile.Entry entry : VocabularyFile.read("template-columns.tsv")) {
			headers.put(TemplateColumn.valueOf(entry.cell(0)), entry.alternatives(1));
		}
		for (TemplateColumn column : values()) {
			if (!headers.containsKey(column)) {
				throw new IllegalStateException("template-columns.tsv has no line for " + column);
			}
		}
		return headers;
	}

}
