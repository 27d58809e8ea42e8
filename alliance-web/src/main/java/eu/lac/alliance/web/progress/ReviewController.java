package eu.lac.alliance.web.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.progress.AlreadyDecided;
import eu.lac.alliance.domain.progress.ProgressRefused;
import eu.lac.alliance.domain.progress.ProgressWorkflow;
import eu.lac.alliance.domain.progress.ReviewQueue;
import eu.lac.alliance.web.security.PortalUser;

/**
 * The secretariat's decisions (validate, return with a reason, several at once on
 * {@code /reviews}) and the comment thread on an update. When two reviewers decide at
 * once, the database's one-decision constraint keeps the first; the second is told who
 * decided.
 */
@Controller
class ReviewController {

	static final String VIEW = "review/list";

	static final int PAGE = 200;

	private final ProgressWorkflow workflow;

	private final ReviewQueue queue;

	ReviewController(ProgressWorkflow workflow, ReviewQueue queue) {
		this.workflow = workflow;
		this.queue = queue;
	}

	@GetMapping("/reviews")
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		if (!Actors.of(user).isSecretariat()) {
			throw new ProgressRefused(user.getUsername() + " may not review");
		}
		model.addAttribute("pending", queue.pending(PAGE));
		model.addAttribute("pendingCount", queue.pendingCount());
		return VIEW;
	}

	@PostMapping("/reviews")
	String validateSeveral(@RequestParam(name = "update", required = false) List<Long> updates,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		if (!actor.isSecretariat()) {
			throw new ProgressRefused(user.getUsername() + " may not review");
		}
		int validated = 0;
		List<String> late = new ArrayList<>();
		for (long id : updates == null ? List.<Long>of() : updates) {
			Optional<ReviewQueue.Decision> earlier = decide(() -> workflow.validate(actor, id), id);
			if (earlier.isEmpty()) {
				validated++;
			}
			else {
				late.add("#" + id + " (" + earlier.get().reviewer() + ")");
			}
		}
		redirect.addFlashAttribute("progressNotice", "review.validatedSeveral");
		redirect.addFlashAttribute("progressNoticeArgs", new Object[] { validated, String.join(", ", late) });
		return "redirect:/reviews";
	}

	@PostMapping("/progress-updates/{id}/validate")
	String validate(@PathVariable long id, @RequestParam(defaultValue = "") String next,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		Optional<ReviewQueue.Decision> earlier = decide(() -> workflow.validate(actor, id), id);
		notice(redirect, earlier, "review.validated");
		return back(next, id);
	}

	@PostMapping("/progress-updates/{id}/return")
	String returnToAuthor(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
			@RequestParam(defaultValue = "") String next, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		if (!actor.isSecretariat()) {
			throw new ProgressRefused(user.getUsername() + " may not review");
		}
		if (comment.isBlank()) {
			redirect.addFlashAttribute("progressNotice", "review.error.commentRequired");
			return back(next, id);
		}
		Optional<ReviewQueue.Decision> earlier = decide(() -> workflow.returnToAuthor(actor, id, comment), id);
		notice(redirect, earlier, "review.returned");
		return back(next, id);
	}

	@PostMapping("/progress-updates/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
			@RequestParam(defaultValue = "") String next, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		Actor actor = Actors.of(user);
		if (comment.isBlank() || comment.length() > eu.lac.alliance.domain.progress.ProgressComment.LIMIT) {
			workflow.checkMayComment(actor, id);
			redirect.addFlashAttribute("progressNotice", "review.error.commentRequired");
			return back(next, id);
		}
		workflow.comment(actor, id, comment);
		redirect.addFlashAttribute("progressNotice", "review.commented");
		return back(next, id);
	}

	/**
	 * Runs a decision; when someone else's came first (seen before writing, or refused by
	 * the database's constraint in a race), returns theirs.
	 */
	private Optional<ReviewQueue.Decision> decide(Runnable decision, long id) {
		try {
			decision.run();
			return Optional.empty();
		}
		catch (AlreadyDecided ex) {
			return Optional.of(new ReviewQueue.Decision(ex.decision(), ex.reviewer()));
		}
		catch (DataIntegrityViolationException ex) {
			return Optional.of(queue.decisionOn(id).orElseThrow(() -> ex));
		}
	}

	private static void notice(RedirectAttributes redirect, Optional<ReviewQueue.Decision> earlier, String done) {
		if (earlier.isPresent()) {
			redirect.addFlashAttribute("progressNotice", "review.alreadyDecided." + earlier.get().decision().name());
			redirect.addFlashAttribute("progressNoticeArgs", new Object[] { earlier.get().reviewer(), "" });
		}
		else {
			redirect.addFlashAttribute("progressNotice", done);
		}
	}

	private String back(String next, long updateId) {
		if ("reviews".equals(next)) {
			return "redirect:/reviews";
		}
		return "redirect:/action-items/" + workflow.itemOf(updateId) + "#update-" + updateId;
	}

	/** An update's own address leads to its item's page, at the update. */
	@GetMapping("/progress-updates/{id}")
	String show(@PathVariable long id) {
		return "redirect:/action-items/" + workflow.itemOf(id) + "#update-" + id;
	}

}
