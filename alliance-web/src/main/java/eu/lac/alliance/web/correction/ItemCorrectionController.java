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
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.correction.CorrectionReadModel;
import eu.lac.alliance.domain.correction.CorrectionReadModel.ItemChoices;
import eu.lac.alliance.domain.correction.CorrectionReadModel.ItemValues;
import eu.lac.alliance.domain.correction.CorrectionReadModel.Option;
import eu.lac.alliance.domain.correction.Corrections;
import eu.lac.alliance.domain.correction.InvalidCorrection;
import eu.lac.alliance.web.error.Ids;
import eu.lac.alliance.web.error.NotFound;
import eu.lac.alliance.web.progress.Actors;
import eu.lac.alliance.web.security.PortalUser;

/**
 * Editing an action item and adding one by hand to a dialogue (admin and secretariat;
 * {@link Corrections} refuses anyone else, also on the form's page).
 */
@Controller
class ItemCorrectionController {

	static final String VIEW = "correction/item";

	private final CorrectionReadModel reads;

	private final Corrections corrections;

	ItemCorrectionController(CorrectionReadModel reads, Corrections corrections) {
		this.reads = reads;
		this.corrections = corrections;
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
	}

	@GetMapping("/action-items/{id}/edit")
	String edit(@PathVariable String id, @AuthenticationPrincipal PortalUser user, Model model) {
		corrections.checkMayCorrect(Actors.of(user));
		ItemValues item = item(id);
		return render(model, item.dialogueId(), item.dialogueTitle(), item, ItemForm.of(item));
	}

	@PostMapping("/action-items/{id}/edit")
	String save(@PathVariable String id, @ModelAttribute("form") ItemForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		corrections.checkMayCorrect(actor);
		ItemValues item = item(id);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				List<String> changed = corrections.editItem(actor, item.id(), form.toChanges());
				redirect.addFlashAttribute("flash",
						changed.isEmpty() ? "corrections.item.unchanged" : "corrections.item.saved");
				return "redirect:/action-items/" + item.id();
			}
			catch (InvalidCorrection invalid) {
				FieldErrors.reject(result, form.domainField(invalid.field()), invalid);
			}
		}
		return render(model, item.dialogueId(), item.dialogueTitle(), item, form);
	}

	@GetMapping("/dialogues/{id}/items/new")
	String add(@PathVariable String id, @AuthenticationPrincipal PortalUser user, Model model) {
		corrections.checkMayCorrect(Actors.of(user));
		CorrectionReadModel.DialogueValues dialogue = dialogue(id);
		ItemForm form = new ItemForm().withRoomToAdd();
		form.setCategory(ActionItemCategory.COMMITMENT.name());
		return render(model, dialogue.id(), dialogue.title(), null, form);
	}

	@PostMapping("/dialogues/{id}/items/new")
	String create(@PathVariable String id, @ModelAttribute("form") ItemForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		corrections.checkMayCorrect(actor);
		CorrectionReadModel.DialogueValues dialogue = dialogue(id);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				long item = corrections.addItem(actor, dialogue.id(), form.toChanges());
				redirect.addFlashAttribute("flash", "corrections.item.added");
				return "redirect:/action-items/" + item;
			}
			catch (InvalidCorrection invalid) {
				FieldErrors.reject(result, form.domainField(invalid.field()), invalid);
			}
		}
		return render(model, dialogue.id(), dialogue.title(), null, form);
	}

	private ItemValues item(String id) {
		long itemId = Ids.parse(id, "action item");
		return reads.item(itemId).orElseThrow(() -> new NotFound("action item " + itemId));
	}

	private CorrectionReadModel.DialogueValues dialogue(String id) {
		long dialogueId = Ids.parse(id, "dialogue");
		return reads.dialogue(dialogueId).orElseThrow(() -> new NotFound("dialogue " + dialogueId));
	}

	private String render(Model model, long dialogueId, String dialogueTitle, ItemValues item, ItemForm form) {
		ItemChoices choices = reads.itemChoices(dialogueId, item == null ? 0 : item.id());
		model.addAttribute("form", form);
		model.addAttribute("item", item);
		model.addAttribute("dialogueId", dialogueId);
		model.addAttribute("dialogueTitle", dialogueTitle);
		model.addAttribute("policyAreas", choices.policyAreas());
		model.addAttribute("parents", choices.parents());
		model.addAttribute("countryParties", parties(choices, "country:"));
		model.addAttribute("organisationParties", parties(choices, "organisation:"));
		model.addAttribute("groupParties", parties(choices, "group:"));
		model.addAttribute("categories", ActionItemCategory.values());
		model.addAttribute("roles", ParticipantRole.values());
		return VIEW;
	}

	private static List<Option> parties(ItemChoices choices, String kind) {
		return choices.parties()
			.stream()
			.map(p -> new Option(ParticipantLine.key(p), p.label()))
			.filter(o -> o.value().startsWith(kind))
			.toList();
	}

}
