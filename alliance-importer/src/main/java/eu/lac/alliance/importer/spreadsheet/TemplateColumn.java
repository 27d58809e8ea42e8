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

	/** The header the template writes. */
	public String header() {
		return HEADERS.get(this).get(0);
	}

	/** The column a header names, if it names one. */
	public static Optional<TemplateColumn> of(String header) {
		String key = key(header);
		for (var column : HEADERS.entrySet()) {
			for (String accepted : column.getValue()) {
				if (key(accepted).equals(key)) {
					return Optional.of(column.getKey());
				}
			}
		}
		return Optional.empty();
	}

	private static String key(String header) {
		String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		return plain.replaceAll("[^a-z0-9]+", " ").strip();
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
