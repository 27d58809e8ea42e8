package eu.lac.alliance.importer.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.policyarea.Objective;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.domain.source.Provenance;
import eu.lac.alliance.domain.source.SourceDocument;
import eu.lac.alliance.importer.result.ParsedDocument;

/**
 * The state of one import as its writers pass it along: the document, the dialogue it
 * describes, what was counted and warned, and the objectives items point at.
 */
final class ImportRun {

	final ParsedDocument parsed;

	final Tally tally;

	final List<String> warnings = new ArrayList<>();

	/** Objectives of this document by the code items point at. */
	final Map<String, Objective> objectivesByCode = new HashMap<>();

	/**
	 * The objective an item without an objective code serves: its policy area's objective
	 * in this document, else the document's overall objective (key null).
	 */
	final Map<String, Objective> objectivesByArea = new HashMap<>();

	final ImportReferences references;

	/** Hand-corrected fields for which the admin takes the document's value. */
	java.util.Set<ImportReport.FieldChoice> takeFromDocument = java.util.Set.of();

	/**
	 * Hand corrections the document would change, as {@link HandCorrectionGuard} found.
	 */
	final List<ImportReport.Conflict> conflicts = new ArrayList<>();

	SourceDocument document;

	Dialogue dialogue;

	ImportRun(ParsedDocument parsed, Tally tally, ImportReferences references) {
		this.parsed = parsed;
		this.tally = tally;
		this.references = references;
	}

	Provenance provenance(LineSpan lines) {
		return lines == null ? null : new Provenance(document, lines);
	}

	boolean fromSameLayout(Provenance provenance) {
		return provenance != null && provenance.getDocument() != null
				&& provenance.getDocument().getLayout().equals(parsed.layout().format());
	}

	/** The objective an item of {@code area} serves when it names none. */
	Objective defaultObjective(String canonicalArea) {
		Objective own = objectivesByArea.get(canonicalArea);
		return own != null ? own : objectivesByArea.get(null);
	}

}
