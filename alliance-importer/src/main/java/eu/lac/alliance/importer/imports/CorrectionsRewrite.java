package eu.lac.alliance.importer.imports;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueRepository;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;

/**
 * Turns an admin's corrections into the rewrite the import applies to its parse result,
 * looking up the stored dialogue a merge names (an unknown one is refused, naming the
 * file, rather than silently creating a dialogue).
 */
@Component
class CorrectionsRewrite {

	private final DialogueRepository dialogues;

	CorrectionsRewrite(DialogueRepository dialogues) {
		this.dialogues = dialogues;
	}

	UnaryOperator<ParsedDocument> of(String fileName, ImportCorrections corrections) {
		if (corrections == null) {
			return UnaryOperator.identity();
		}
		return parsed -> CorrectedDocument.apply(parsed, corrections, mergeTarget(fileName, corrections));
	}

	private ParsedDialogue mergeTarget(String fileName, ImportCorrections corrections) {
		if (corrections.mergeIntoDialogue() == null) {
			return null;
		}
		Dialogue dialogue = dialogues.findById(corrections.mergeIntoDialogue())
			.orElseThrow(() -> new ImportRejected(fileName, 0,
					fileName + ": the dialogue to merge into (" + corrections.mergeIntoDialogue() + ") does not exist",
					null));
		return new ParsedDialogue(dialogue.getTitle(), dialogue.getKind(), dialogue.getStart(), dialogue.getEnd(),
				dialogue.getCity(), dialogue.getHostCountry() == null ? null : dialogue.getHostCountry().getCode(),
				List.of(), null, null);
	}

}
