package eu.lac.alliance.web.dialogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import eu.lac.alliance.domain.dialogue.DialogueReadModel;
import eu.lac.alliance.web.error.Ids;
import eu.lac.alliance.web.error.NotFound;

/** Every dialogue, and one dialogue with its objectives and its items as a tree. */
@Controller
class DialogueController {

	static final String LIST = "dialogue/list";

	static final String DETAIL = "dialogue/detail";

	private final DialogueReadModel dialogues;

	DialogueController(DialogueReadModel dialogues) {
		this.dialogues = dialogues;
	}

	@GetMapping("/dialogues")
	String list(Model model) {
		model.addAttribute("dialogues", dialogues.dialogues());
		return LIST;
	}

	@GetMapping("/dialogues/{id}")
	String detail(@PathVariable String id, Model model) {
		model.addAttribute("dialogue",
				dialogues.dialogue(Ids.parse(id, "dialogue")).orElseThrow(() -> new NotFound("dialogue " + id)));
		return DETAIL;
	}

}
