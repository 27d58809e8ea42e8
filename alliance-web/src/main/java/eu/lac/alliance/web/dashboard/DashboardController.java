package eu.lac.alliance.web.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.dashboard.DashboardReadModel.UpdateRow;
import eu.lac.alliance.domain.dashboard.Standing;
import eu.lac.alliance.domain.dashboard.StatusTally;
import eu.lac.alliance.domain.overview.Overview;
import eu.lac.alliance.domain.overview.OverviewReadModel;
import eu.lac.alliance.domain.progress.ReviewState;
import eu.lac.alliance.web.security.PortalUser;

/**
 * The dashboard at {@code /}: where the commitments stand today (or on the day asked for)
 * beside where they stood at the summit, with a focal point's own country first and the
 * secretariat's follow-up list.
 */
@Controller
class DashboardController {

	static final String VIEW = "dashboard/dashboard";

	static final int LATEST = 10;

	/** Dialogues in the table (the latest); the dialogues page lists them all. */
	static final int DIALOGUES_SHOWN = 15;

	private final Dashboards dashboards;

	private final OverviewReadModel overviews;

	private final Shown shown;

	DashboardController(Dashboards dashboards, OverviewReadModel overviews, Shown shown) {
		this.dashboards = dashboards;
		this.overviews = overviews;
		this.shown = shown;
	}

	@GetMapping("/")
	String dashboard(@RequestParam(required = false) String asOf, @RequestParam(required = false) String basis,
			@AuthenticationPrincipal PortalUser user, Model model) {
		LocalDate today = dashboards.today();
		AsOfChoice choice = AsOfChoice.parse(asOf, basis, today);
		Overview overview = overviews.overview();
		long version = dashboards.version();
		Standing main = choice.day() == null ? dashboards.current(version)
				: dashboards.asOf(version, choice.day(), choice.basis());
		Standing summit = overview.summit() == null ? null
				: dashboards.asOf(version, overview.summit().endDate(), choice.basis());
		model.addAttribute("overview", overview);
		model.addAttribute("today", today);
		model.addAttribute("summitPassed", overview.summitPassed(today));
		model.addAttribute("daysSinceSummit",
				overview.summit() == null ? 0 : ChronoUnit.DAYS.between(overview.summit().endDate(), today));
		model.addAttribute("choice", choice);
		model.addAttribute("main", main);
		model.addAttribute("summit", summit);
		model.addAttribute("summitAreas", summit == null ? null : tallies(summit.areas()));
		model.addAttribute("summitDialogues", summit == null ? null : tallies(summit.dialogues()));
		model.addAttribute("latest", dashboards.latestUpdates(LATEST));
		model.addAttribute("dialoguesShown", DIALOGUES_SHOWN);
		model.addAttribute("shownDialogues", shown.last(main.dialogues(), DIALOGUES_SHOWN));
		if (user != null && user.role() == Role.FOCAL_POINT && user.countryCode() != null) {
			List<UpdateRow> open = dashboards.openUpdatesOf(user.countryCode());
			model.addAttribute("ownCode", user.countryCode());
			model.addAttribute("own", main.country(user.countryCode()));
			model.addAttribute("ownPending", open.stream().filter(u -> u.state() == ReviewState.PENDING).toList());
			model.addAttribute("ownReturned", open.stream().filter(u -> u.state() == ReviewState.RETURNED).toList());
		}
		model.addAttribute("followUp", user != null && user.role() != Role.FOCAL_POINT);
		return VIEW;
	}

	/** A group's tally by its id, for the column beside another day's. */
	static Map<Long, StatusTally> tallies(List<Standing.Group> groups) {
		Map<Long, StatusTally> tallies = new HashMap<>();
		groups.forEach(group -> tallies.put(group.id(), group.tally()));
		return tallies;
	}

}
