package eu.lac.alliance.web.account;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.lac.alliance.web.security.PortalUser;

/**
 * A signed-in user's own password: the form, and its post. Once a user whose password an
 * admin set has chosen their own, the session's user says so, and the other pages open
 * again.
 */
@Controller
class PasswordController {

	static final String VIEW = "account/password";

	private final PasswordChange passwordChange;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

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
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		PasswordChange.Refusal refusal = passwordChange.change(principal.getName(), form);
		if (refusal != null) {
			result.rejectValue(refusal.field(), refusal.messageKey());
			return VIEW;
		}
		passwordChosen(request, response);
		redirect.addFlashAttribute("flash", "password.changed");
		return "redirect:/";
	}

	private void passwordChosen(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof PortalUser user && user.mustChangePassword()) {
			PortalUser chosen = user.withPasswordChosen();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(chosen, null, chosen.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		}
	}

}
