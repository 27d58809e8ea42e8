package eu.lac.alliance.web.account;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user's own password: the form, and its post. */
@Controller
class PasswordController {

	static final String VIEW = "account/password";

	private final PasswordChange passwordChange;

	PasswordController(PasswordChange passwordChange) {
		this.passwordChange = passwordChange;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return VIEW;
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		PasswordChange.Refusal refusal = passwordChange.change(principal.getName(), form);
		if (refusal != null) {
			result.rejectValue(refusal.field(), refusal.messageKey());
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "password.changed");
		return "redirect:/";
	}

}
