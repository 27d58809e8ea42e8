package eu.lac.alliance.web.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import eu.lac.alliance.web.rendering.KeptBodies;
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

	/** The body, from {@code dashboard/body.html}, kept per version of the data. */
	static final KeptBodies.Fragment BODY = new KeptBodies.Fragment("dashboard/body", "body");

	private final Dashboards dashboards;

	private final KeptBodies bodies;

	private final OverviewReadModel overviews;

	private final Shown shown;

	DashboardController(Dashboards dashboards, KeptBodies bodies, OverviewReadModel overviews, Shown shown) {
		this.dashboards = dashboards;
		this.bodies = bodies;
		this.overviews = overviews;
		this.shown = shown;
	}

	@GetMapping("/")
	String dashboard(@RequestParam(required = false) String asOf, @RequestParam(required = false) String basis,
			@AuthenticationPrincipal PortalUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LocalDate today = dashboards.today();
		AsOfChoice choice = AsOfChoice.parse(asOf, basis, today);
		long version = dashboards.version();
		String ownCode = user != null && user.role() == Role.FOCAL_POINT ? user.countryCode() : null;
		boolean followUp = user != null && user.role() != Role.FOCAL_POINT;
		String audience = ownCode != null ? "focal:" + ownCode : followUp ? "staff" : "other";
		Supplier<Map<String, Object>> body = () -> body(version, today, choice, ownCode, followUp);
		KeptBodies.InRequest rendering = bodies.in(locale, request, response);
		model.addAttribute("body", choice.problem() != null ? rendering.rendered(BODY, body.get())
				: rendering.kept(BODY, new BodyKey(version, today, choice, audience), body));
		return VIEW;
	}

	/**
	 * Which body: under which version of the data, on which day (today's date moves the
	 * days since the summit), for which choice and audience.
	 *
	 * @param audience {@code staff}, or {@code focal:XX} for the focal points of country
	 * XX
	 */
	private record BodyKey(long version, LocalDate today, AsOfChoice choice, String audience) {
	}

	/** What the body shows: read only when the body for this version is not kept yet. */
	private Map<String, Object> body(long version, LocalDate today, AsOfChoice choice, String ownCode,
			boolean followUp) {
		Overview overview = overviews.overview();
		Standing main = choice.day() == null ? dashboards.current(version)
				: dashboards.asOf(version, choice.day(), choice.basis());
		Standing summit = overview.summit() == null ? null
				: dashboards.asOf(version, overview.summit().endDate(), choice.basis());
		Map<String, Object> model = new HashMap<>();
		model.put("overview", overview);
		model.put("today", today);
		model.put("summitPassed", overview.summitPassed(today));
		model.put("daysSinceSummit",
				overview.summit() == null ? 0 : ChronoUnit.DAYS.between(overview.summit().endDate(), today));
		model.put("choice", choice);
		model.put("main", main);
		model.put("summit", summit);
		model.put("summitAreas", summit == null ? null : tallies(summit.areas()));
		model.put("summitDialogues", summit == null ? null : tallies(summit.dialogues()));
		model.put("latest", dashboards.latestUpdates(LATEST));
		model.put("dialoguesShown", DIALOGUES_SHOWN);
		model.put("shownDialogues", shown.last(main.dialogues(), DIALOGUES_SHOWN));
		if (ownCode != null) {
			List<UpdateRow> open = dashboards.openUpdatesOf(ownCode);
			model.put("ownCode", ownCode);
			model.put("own", main.country(ownCode));
			model.put("ownPending", open.stream().filter(u -> u.state() == ReviewState.PENDING).toList());
			model.put("ownReturned", open.stream().filter(u -> u.state() == ReviewState.RETURNED).toList());
		}
		model.put("followUp", followUp);
		return model;
	}

	/** A group's tally by its id, for the column beside another day's. */
	static Map<Long, StatusTally> tallies(List<Standing.Group> groups) {
		Map<Long, StatusTally> tallies = new HashMap<>();
		groups.forEach(group -> tallies.put(group.id(), group.tally()));
		return tallies;
	}

}
