package eu.lac.alliance.web.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

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

import eu.lac.alliance.domain.account.AccountAdministration;
import eu.lac.alliance.domain.account.AccountDirectory;
import eu.lac.alliance.domain.account.AccountRefused;
import eu.lac.alliance.domain.account.AccountRuleBroken;
import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.OneTimePassword;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.web.error.NotFound;
import eu.lac.alliance.web.progress.Actors;
import eu.lac.alliance.web.security.PortalUser;

/**
 * The admins' account pages: the list (by country and role), a new account, and one
 * account's changes (role and country, disable and enable, password reset, hand-over).
 * Each post calls one method of {@link AccountAdministration}, which checks the rules
 * again; a broken rule comes back as a form error. A one-time password is shown on the
 * page that answers the post, never kept in the session or a flash attribute.
 */
@Controller
class AccountsController {

	static final String LIST = "account/admin/list";

	static final String NEW = "account/admin/new";

	static final String DETAIL = "account/admin/detail";

	static final String ONE_TIME = "account/admin/one-time";

	static final int PAGE_SIZE = 50;

	/** A form the rules refused: shown again with the reason. */
	private static final int UNPROCESSABLE = 422;

	private final AccountAdministration administration;

	private final AccountDirectory directory;

	AccountsController(AccountAdministration administration, AccountDirectory directory) {
		this.administration = administration;
		this.directory = directory;
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/admin/accounts")
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) String role,
			@RequestParam(required = false) String page, @AuthenticationPrincipal PortalUser user, Model model) {
		requireAdmin(user);
		String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		Role chosenRole = role(role).orElse(null);
		int number = Math.max(1, pageNumber(page));
		AccountDirectory.AccountPage found = directory.accounts(countryCode, chosenRole, number, PAGE_SIZE);
		int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("accounts", found.accounts());
		model.addAttribute("total", found.total());
		model.addAttribute("page", Math.min(number, pages));
		model.addAttribute("pages", pages);
		model.addAttribute("links", new AccountListLinks(countryCode, chosenRole));
		model.addAttribute("coverage", directory.coverage());
		model.addAttribute("country", countryCode == null ? "" : countryCode);
		model.addAttribute("role", chosenRole == null ? "" : chosenRole.name());
		model.addAttribute("roles", Role.values());
		return LIST;
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(@AuthenticationPrincipal PortalUser user, Model model) {
		requireAdmin(user);
		return newForm(model, AccountForm.newAccount());
	}

	@PostMapping("/admin/accounts")
	String create(@ModelAttribute("account") AccountForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response) {
		Actor actor = Actors.of(user);
		Optional<Role> role = role(form.getRole());
		if (role.isEmpty()) {
			result.rejectValue("role", "accounts.rule.role-unknown");
			return newForm(model, form);
		}
		try {
			OneTimePassword oneTime = administration.create(actor, form.getUsername(), role.get(), form.getCountry(),
					form.getPassword());
			return oneTime(model, response, oneTime, "accounts.created");
		}
		catch (AccountRuleBroken broken) {
			reject(result, broken, "username", "country", "password");
			return newForm(model, form);
		}
	}

	@GetMapping("/admin/accounts/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		requireAdmin(user);
		return detail(id, model);
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			administration.disable(Actors.of(user), id);
		}
		catch (AccountRuleBroken broken) {
			model.addAttribute("accountError", broken.rule().messageKey());
			response.setStatus(UNPROCESSABLE);
			return detail(id, model);
		}
		redirect.addFlashAttribute("flash", "accounts.disabled.done");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		administration.enable(Actors.of(user), id);
		redirect.addFlashAttribute("flash", "accounts.enabled.done");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/role")
	String changeRole(@PathVariable long id, @ModelAttribute("roleChange") AccountForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Actor actor = Actors.of(user);
		Optional<Role> role = role(form.getRole());
		try {
			if (role.isEmpty()) {
				administration.changeRole(actor, id, null, form.getCountry());
			}
			else {
				administration.changeRole(actor, id, role.get(), form.getCountry());
			}
		}
		catch (AccountRuleBroken broken) {
			reject(result, broken, "role", "country", null);
			response.setStatus(UNPROCESSABLE);
			return detail(id, model);
		}
		redirect.addFlashAttribute("flash", "accounts.roleChanged");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("reset") AccountForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response) {
		try {
			OneTimePassword oneTime = administration.resetPassword(Actors.of(user), id, form.getPassword());
			return oneTime(model, response, oneTime, "accounts.passwordReset");
		}
		catch (AccountRuleBroken broken) {
			reject(result, broken, null, null, "password");
			response.setStatus(UNPROCESSABLE);
			return detail(id, model);
		}
	}

	@PostMapping("/admin/accounts/{id}/hand-over")
	String handOver(@PathVariable long id, @ModelAttribute("handOver") AccountForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Optional<OneTimePassword> oneTime = administration.handOver(Actors.of(user), id, form.getSuccessor(),
					form.getPassword());
			if (oneTime.isPresent()) {
				return oneTime(model, response, oneTime.get(), "accounts.handedOver");
			}
		}
		catch (AccountRuleBroken broken) {
			reject(result, broken, "successor", null, "password");
			response.setStatus(UNPROCESSABLE);
			return detail(id, model);
		}
		redirect.addFlashAttribute("flash", "accounts.handedOver");
		return "redirect:/admin/accounts/" + id;
	}

	/**
	 * The secretariat's view (and the admins'): which countries taking part have an
	 * enabled focal point, and which have none.
	 */
	@GetMapping("/focal-points")
	String focalPoints(@AuthenticationPrincipal PortalUser user, Model model) {
		if (!Actors.of(user).isSecretariat()) {
			throw new AccountRefused(user.getUsername() + " may not list the focal points");
		}
		model.addAttribute("coverage", directory.coverage());
		return "account/focal-points";
	}

	private String newForm(Model model, AccountForm form) {
		if (!model.containsAttribute("account")) {
			model.addAttribute("account", form);
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("coverage", directory.coverage());
		return NEW;
	}

	private String detail(long id, Model model) {
		AccountDirectory.AccountSummary account = directory.account(id).orElseThrow(() -> new NotFound("account"));
		model.addAttribute("summary", account);
		if (!model.containsAttribute("roleChange")) {
			model.addAttribute("roleChange", AccountForm.roleChange(account.role().name(),
					account.countryCode() == null ? "" : account.countryCode()));
		}
		if (!model.containsAttribute("reset")) {
			model.addAttribute("reset", new AccountForm());
		}
		if (!model.containsAttribute("handOver")) {
			model.addAttribute("handOver", new AccountForm());
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("coverage", directory.coverage());
		return DETAIL;
	}

	private static String oneTime(Model model, HttpServletResponse response, OneTimePassword oneTime, String done) {
		// the password is in this page only: no cache may keep it
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("oneTime", oneTime);
		model.addAttribute("done", done);
		return ONE_TIME;
	}

	private static void reject(BindingResult result, AccountRuleBroken broken, String usernameField,
			String countryField, String passwordField) {
		String field = switch (broken.rule()) {
			case USERNAME_TAKEN, USERNAME_INVALID, SUCCESSOR_ELSEWHERE, SUCCESSOR_IS_SELF -> usernameField;
			case COUNTRY_MISMATCH, COUNTRY_UNKNOWN -> countryField;
			case PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_SAME_AS_USERNAME -> passwordField;
			case LAST_ADMIN, NOT_A_FOCAL_POINT -> null;
		};
		if (field == null) {
			result.reject(broken.rule().messageKey());
		}
		else {
			result.rejectValue(field, broken.rule().messageKey());
		}
	}

	private static int pageNumber(String text) {
		try {
			return text == null ? 1 : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static Optional<Role> role(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	private static void requireAdmin(PortalUser user) {
		if (user == null || user.role() != Role.ADMIN) {
			throw new AccountRefused((user == null ? "nobody" : user.getUsername()) + " may not manage accounts");
		}
	}

}
