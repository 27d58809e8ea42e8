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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.correction.CorrectionReadModel;
import eu.lac.alliance.domain.correction.CorrectionReadModel.OrganisationValues;
import eu.lac.alliance.domain.correction.Corrections;
import eu.lac.alliance.domain.correction.InvalidCorrection;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.web.error.Ids;
import eu.lac.alliance.web.error.NotFound;
import eu.lac.alliance.web.progress.Actors;
import eu.lac.alliance.web.security.PortalUser;

/**
 * Correcting an organisation's names, kind and country, and merging a duplicate record
 * into it ("RedClara" and "RedCLARA" as two organisations).
 */
@Controller
class OrganisationCorrectionController {

	static final String VIEW = "correction/organisation";

	private final CorrectionReadModel reads;

	private final Corrections corrections;

	OrganisationCorrectionController(CorrectionReadModel reads, Corrections corrections) {
		this.reads = reads;
		this.corrections = corrections;
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
	}

	@GetMapping("/organisations/{id}/edit")
	String edit(@PathVariable String id, @AuthenticationPrincipal PortalUser user, Model model) {
		corrections.checkMayCorrect(Actors.of(user));
		OrganisationValues organisation = organisation(id);
		return render(model, organisation, OrganisationForm.of(organisation));
	}

	@PostMapping("/organisations/{id}/edit")
	String save(@PathVariable String id, @ModelAttribute("form") OrganisationForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		corrections.checkMayCorrect(actor);
		OrganisationValues organisation = organisation(id);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				List<String> changed = corrections.editOrganisation(actor, organisation.id(), form.toChanges());
				redirect.addFlashAttribute("flash",
						changed.isEmpty() ? "corrections.organisation.unchanged" : "corrections.organisation.saved");
				return "redirect:/organisations/" + organisation.id();
			}
			catch (InvalidCorrection invalid) {
				FieldErrors.reject(result, invalid.field(), invalid);
			}
		}
		return render(model, organisation, form);
	}

	/** Merges organisation {@code duplicate} into this one. */
	@PostMapping("/organisations/{id}/merge")
	String merge(@PathVariable String id, @RequestParam(defaultValue = "") String duplicate,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		corrections.checkMayCorrect(actor);
		OrganisationValues organisation = organisation(id);
		if (!duplicate.matches("[0-9]{1,18}")) {
			redirect.addFlashAttribute("flash", "corrections.error.duplicate");
			return "redirect:/organisations/" + organisation.id() + "/edit";
		}
		long duplicateId = Long.parseLong(duplicate);
		if (reads.organisation(duplicateId).isEmpty() || duplicateId == organisation.id()) {
			redirect.addFlashAttribute("flash", "corrections.error.duplicate");
			return "redirect:/organisations/" + organisation.id() + "/edit";
		}
		corrections.mergeOrganisations(actor, organisation.id(), duplicateId);
		redirect.addFlashAttribute("flash", "corrections.organisation.merged");
		return "redirect:/organisations/" + organisation.id();
	}

	private OrganisationValues organisation(String id) {
		long organisationId = Ids.parse(id, "organisation");
		return reads.organisation(organisationId).orElseThrow(() -> new NotFound("organisation " + organisationId));
	}

	private String render(Model model, OrganisationValues organisation, OrganisationForm form) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", form);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("countries", reads.countries());
		model.addAttribute("others",
				reads.organisations()
					.stream()
					.filter(o -> !o.value().equals(String.valueOf(organisation.id())))
					.toList());
		return VIEW;
	}

}
