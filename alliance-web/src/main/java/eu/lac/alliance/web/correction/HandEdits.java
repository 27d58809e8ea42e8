package eu.lac.alliance.web.correction;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.correction.CorrectionReadModel;
import eu.lac.alliance.domain.correction.CorrectionReadModel.Edit;
import eu.lac.alliance.domain.correction.HandCorrections;

/**
 * What a record's page says about hand corrections, beside its source lines: "edited by X
 * on D: title, participants", one line per person and day, and "added by hand". One
 * statement per page.
 */
@Component("handEdits")
public class HandEdits {

	/** One person's corrections of one day (fields empty: the record was added). */
	public record Line(String by, LocalDate day, List<String> fields, boolean added) {

		/** The message keys of the fields' names. */
		public List<String> fieldKeys() {
			return fields.stream().map(field -> "corrections.field." + field).toList();
		}

	}

	private final CorrectionReadModel reads;

	HandEdits(CorrectionReadModel reads) {
		this.reads = reads;
	}

	/** The lines of action item {@code itemId}, newest first. */
	public List<Line> ofItem(long itemId) {
		return lines(reads.edits(HandCorrections.ITEM, itemId));
	}

	static List<Line> lines(List<Edit> edits) {
		Map<String, Line> lines = new LinkedHashMap<>();
		for (Edit edit : edits) {
			LocalDate day = LocalDate.ofInstant(edit.at(), ZoneOffset.UTC);
			String key = (edit.field() == null ? "+" : "=") + edit.by() + "|" + day;
			Line line = lines.computeIfAbsent(key,
					k -> new Line(edit.by(), day, new ArrayList<>(), edit.field() == null));
			if (edit.field() != null && !line.fields().contains(edit.field())) {
				line.fields().add(edit.field());
			}
		}
		return List.copyOf(lines.values());
	}

}
