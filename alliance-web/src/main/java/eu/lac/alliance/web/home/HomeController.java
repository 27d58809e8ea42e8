package eu.lac.alliance.web.home;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.lac.alliance.domain.overview.OverviewReadModel;

/**
 * The front page: the Alliance's headline figures and where the summit milestone stands.
 */
@Controller
class HomeController {

	static final String VIEW = "home";

	private final OverviewReadModel overviews;

	private final Clock clock;

	HomeController(OverviewReadModel overviews, Clock clock) {
		this.overviews = overviews;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		var overview = overviews.overview();
		model.addAttribute("overview", new HomeView(overview.dialogues(), overview.actionItems(), overview.members(),
				overview.countries(), overview.summit(), overview.summitPassed(LocalDate.now(clock))));
		return VIEW;
	}

	/** What the home template shows. */
	record HomeView(long dialogues, long actionItems, long members, long countries,
			eu.lac.alliance.domain.overview.Overview.SummitFacts summit, boolean summitPassed) {
	}

}
