package eu.lac.alliance.web.correction;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.correction.CorrectionReadModel;
import eu.lac.alliance.domain.correction.CorrectionReadModel.DialogueValues;
import eu.lac.alliance.domain.correction.Corrections;
import eu.lac.alliance.domain.correction.InvalidCorrection;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.web.error.Ids;
import eu.lac.alliance.web.error.NotFound;
import eu.lac.alliance.web.progress.Actors;
import eu.lac.alliance.web.security.PortalUser;

/**
 * Correcting a dialogue's title, dates and place, and creating a dialogue by hand (for
 * conclusions in no layout the importer reads), whose items are then added one by one.
 */
@Controller
class DialogueCorrectionController {

	static final String VIEW = "correction/dialogue";

	private final CorrectionReadModel reads;

	private final Corrections corrections;

	DialogueCorrectionController(CorrectionReadModel reads, Corrections corrections) {
		this.reads = reads;
		this.corrections = corrections;
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
	}

	@GetMapping("/dialogues/{id}/edit")
	String edit(@PathVariable String id, @AuthenticationPrincipal PortalUser user, Model model) {
		corrections.checkMayCorrect(Actors.of(user));
		DialogueValues dialogue = dialogue(id);
		return render(model, dialogue, DialogueForm.of(dialogue));
	}

	@PostMapping("/dialogues/{id}/edit")
	String save(@PathVariable String id, @ModelAttribute("form") DialogueForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		corrections.checkMayCorrect(actor);
		DialogueValues dialogue = dialogue(id);
		form.setKind(dialogue.kind());
		form.check(result);
		if (!result.hasErrors()) {
			try {
				List<String> changed = corrections.editDialogue(actor, dialogue.id(), form.toChanges());
				redirect.addFlashAttribute("flash",
						changed.isEmpty() ? "corrections.dialogue.unchanged" : "corrections.dialogue.saved");
				return "redirect:/dialogues/" + dialogue.id();
			}
			catch (InvalidCorrection invalid) {
				FieldErrors.reject(result, form.domainField(invalid.field()), invalid);
			}
		}
		return render(model, dialogue, form);
	}

	@GetMapping("/dialogues/new")
	String create(@AuthenticationPrincipal PortalUser user, Model model) {
		corrections.checkMayCorrect(Actors.of(user));
		return render(model, null, new DialogueForm().withRoomToAdd());
	}

	@PostMapping("/dialogues/new")
	String createNew(@ModelAttribute("form") DialogueForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		corrections.checkMayCorrect(actor);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				long dialogue = corrections.createDialogue(actor, form.kindValue(), form.toChanges());
				redirect.addFlashAttribute("flash", "corrections.dialogue.created");
				return "redirect:/dialogues/" + dialogue + "/items/new";
			}
			catch (InvalidCorrection invalid) {
				FieldErrors.reject(result, form.domainField(invalid.field()), invalid);
			}
		}
		return render(model, null, form);
	}

	private DialogueValues dialogue(String id) {
		long dialogueId = Ids.parse(id, "dialogue");
		return reads.dialogue(dialogueId).orElseThrow(() -> new NotFound("dialogue " + dialogueId));
	}

	private String render(Model model, DialogueValues dialogue, DialogueForm form) {
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("form", form);
		model.addAttribute("kinds", DialogueKind.values());
		List<CorrectionReadModel.Option> countries = reads.countries();
		model.addAttribute("countries", countries);
		model.addAttribute("countryParties",
				countries.stream()
					.map(c -> new CorrectionReadModel.Option("country:" + c.value(), c.label()))
					.toList());
		model.addAttribute("organisationParties",
				reads.organisations()
					.stream()
					.map(o -> new CorrectionReadModel.Option("organisation:" + o.value(), o.label()))
					.toList());
		return VIEW;
	}

}
