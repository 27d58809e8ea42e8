package eu.lac.alliance.web.actionitem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
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

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.actionitem.ItemPage;
import eu.lac.alliance.domain.actionitem.ItemPageReadModel;
import eu.lac.alliance.domain.progress.ProgressWorkflow;
import eu.lac.alliance.domain.progress.ReviewState;
import eu.lac.alliance.web.error.NotFound;
import eu.lac.alliance.web.progress.Actors;
import eu.lac.alliance.web.rendering.KeptBodies;
import eu.lac.alliance.web.rendering.RenderedHtml;
import eu.lac.alliance.web.security.PortalUser;

/**
 * The page of one action item, the progress form on it, and joining an open item. Rights
 * are decided by {@link ProgressWorkflow}; this only binds, asks and redirects.
 */
@Controller
class ActionItemPageController {

	static final String VIEW = "actionitem/detail";

	/** Above the forms: the same for everyone who sees the item the same way. */
	static final KeptBodies.Fragment TOP = new KeptBodies.Fragment("actionitem/item-kept", "top");

	/** One update of the history, without its forms and comments. */
	static final KeptBodies.Fragment UPDATE = new KeptBodies.Fragment("actionitem/item-kept", "update");

	private final ItemPageReadModel pages;

	private final KeptItemPages kept;

	private final KeptBodies bodies;

	private final ProgressWorkflow workflow;

	private final Clock clock;

	ActionItemPageController(ItemPageReadModel pages, KeptItemPages kept, KeptBodies bodies, ProgressWorkflow workflow,
			Clock clock) {
		this.pages = pages;
		this.kept = kept;
		this.bodies = bodies;
		this.workflow = workflow;
		this.clock = clock;
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
	}

	@GetMapping("/action-items/{id}")
	String show(@PathVariable long id, @RequestParam Optional<Long> correct, @AuthenticationPrincipal PortalUser user,
			Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		KeptItemPages.Shown shown = shown(id, user);
		ItemPage page = shown.page();
		ProgressForm form = new ProgressForm();
		form.setDate(today().toString());
		List<String> countries = loggableCountries(page, user);
		if (countries.size() == 1) {
			form.setCountry(countries.get(0));
		}
		if (correct.isPresent()) {
			ItemPage.Update returned = page.history()
				.stream()
				.filter(u -> u.id() == correct.get() && u.reviewState() == ReviewState.RETURNED)
				.findFirst()
				.orElseThrow(() -> new NotFound("returned update " + correct.get()));
			workflow.checkMayLog(Actors.of(user), id, returned.countryCode());
			form.setCountry(returned.countryCode());
			form.setStatus(returned.status());
			form.setDate(returned.asOf().toString());
			form.setNote(returned.note() == null ? "" : returned.note());
			form.setEvidence(String.join("\n", returned.evidence()));
			form.setCorrects(returned.id());
			model.addAttribute("correcting", returned);
		}
		if (!form.getCountry().isBlank()) {
			form.setSeen(page.latestUpdateIdOf(form.getCountry()));
		}
		else {
			form.setSeen(page.history().stream().mapToLong(ItemPage.Update::id).max().orElse(0));
		}
		return render(shown, user, form, bodies.in(locale, request, response), model);
	}

	@PostMapping("/action-items/{id}/progress")
	String log(@PathVariable long id, @ModelAttribute("form") ProgressForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		workflow.checkMayLog(actor, id, form.countryCode());
		form.check(result, today());
		if (result.hasErrors()) {
			return render(shown(id, user), user, form, bodies.in(locale, request, response), model);
		}
		if (form.getSeen() != null) {
			List<ItemPage.Update> since = pages.updatesSince(id, form.countryCode(), form.getSeen());
			if (!since.isEmpty()) {
				form.setSeen(since.get(0).id());
				model.addAttribute("newerUpdates", since);
				return render(shown(id, user), user, form, bodies.in(locale, request, response), model);
			}
		}
		workflow.log(actor, id, form.countryCode(), form.toReport(), form.getCorrects());
		redirect.addFlashAttribute("progressNotice",
				actor.isSecretariat() ? "progress.logged.validated" : "progress.logged.pending");
		return "redirect:/action-items/" + id;
	}

	@PostMapping("/action-items/{id}/join")
	String join(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		workflow.join(Actors.of(user), id);
		redirect.addFlashAttribute("progressNotice", "item.joined");
		return "redirect:/action-items/" + id;
	}

	private KeptItemPages.Shown shown(long id, PortalUser user) {
		String viewerCountry = user.role() == eu.lac.alliance.domain.account.Role.FOCAL_POINT ? user.countryCode()
				: null;
		return kept.page(id, viewerCountry).orElseThrow(() -> new NotFound("action item " + id));
	}

	private String render(KeptItemPages.Shown shown, PortalUser user, ProgressForm form, KeptBodies.InRequest rendering,
			Model model) {
		ItemPage page = shown.page();
		boolean staff = Actors.of(user).isSecretariat();
		String sourceLines = page.item().firstLine() == null ? null
				: page.item().firstLine() + "-" + page.item().lastLine();
		model.addAttribute("top", rendering.kept(TOP, new TopKey(shown.version(), page.item().id(), staff), () -> {
			Map<String, Object> top = new HashMap<>();
			top.put("page", page);
			top.put("edits", shown.edits());
			top.put("staff", staff);
			top.put("sourceLines", sourceLines);
			return top;
		}));
		Map<Long, RenderedHtml> updates = new HashMap<>();
		for (ItemPage.Update update : page.history()) {
			// kept by what it shows (every field of the update, its review, its corrected
			// update), not by the data version: a change elsewhere leaves it as it was
			updates.put(update.id(), rendering.kept(UPDATE, update, () -> Map.of("u", update)));
		}
		model.addAttribute("updates", updates);
		List<String> countries = loggableCountries(page, user);
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("loggableCountries",
				page.matrix().stream().filter(row -> countries.contains(row.countryCode())).toList());
		model.addAttribute("statuses", eu.lac.alliance.domain.progress.CompletionStatus.values());
		model.addAttribute("today", today());
		ItemPage.ViewerCountry viewer = page.viewer();
		model.addAttribute("mayJoin", viewer != null && viewer.member() && !viewer.takesPart()
				&& page.item().openHereOrAbove() && page.item().active());
		model.addAttribute("reviewer", staff);
		model.addAttribute("viewerCountry", viewer == null ? null : viewer.countryCode());
		return VIEW;
	}

	/**
	 * Which top: under which version of the data, of which item, with the edit link or
	 * not.
	 */
	private record TopKey(long version, long itemId, boolean staff) {
	}

	/**
	 * The countries the user's form offers: for the secretariat every country taking
	 * part; for a focal point its own, where it takes part in an active item. The
	 * workflow checks again on post.
	 */
	private static List<String> loggableCountries(ItemPage page, PortalUser user) {
		Actor actor = Actors.of(user);
		if (actor.isSecretariat()) {
			return page.matrix()
				.stream()
				.filter(ItemPage.CountryRow::takesPart)
				.map(ItemPage.CountryRow::countryCode)
				.toList();
		}
		ItemPage.ViewerCountry viewer = page.viewer();
		if (viewer != null && viewer.takesPart() && page.item().active()) {
			return List.of(viewer.countryCode());
		}
		return List.of();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
