package eu.lac.alliance.web.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.lac.alliance.domain.dashboard.Standing;
import eu.lac.alliance.domain.overview.Overview;
import eu.lac.alliance.domain.overview.OverviewReadModel;

/**
 * The printable summit report ({@code /reports/summit}) and the same figures as CSV
 * ({@code /reports/summit.csv} or {@code ?format=csv}): progress per policy area and per
 * country as of a chosen day, by default the summit's last day as reported then.
 */
@Controller
class SummitReportController {

	static final String VIEW = "dashboard/summit-report";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Dashboards dashboards;

	private final OverviewReadModel overviews;

	private final Links links;

	private final MessageSource messages;

	SummitReportController(Dashboards dashboards, OverviewReadModel overviews, Links links, MessageSource messages) {
		this.dashboards = dashboards;
		this.overviews = overviews;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping(path = "/reports/summit", params = "!format")
	String report(@RequestParam(required = false) String asOf, @RequestParam(required = false) String basis,
			Model model) {
		AsOfChoice choice = AsOfChoice.parse(asOf, basis, dashboards.today());
		LocalDate day = dayOf(choice);
		Standing standing = dashboards.asOf(dashboards.version(), day, choice.basis());
		model.addAttribute("choice", choice);
		model.addAttribute("day", day);
		model.addAttribute("today", dashboards.today());
		model.addAttribute("standing", standing);
		return VIEW;
	}

	@GetMapping(path = "/reports/summit", params = "format")
	ResponseEntity<String> reportInFormat(@RequestParam String format, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String basis, Locale locale) {
		if (!"csv".equalsIgnoreCase(format.strip())) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(messages.getMessage("report.format.unknown", null, locale));
		}
		return csv(asOf, basis, locale);
	}

	@GetMapping("/reports/summit.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String basis, Locale locale) {
		AsOfChoice choice = AsOfChoice.parse(asOf, basis, dashboards.today());
		if (choice.problem() != null) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(messages.getMessage(choice.problem(), new Object[] { choice.rejected() }, locale));
		}
		LocalDate day = dayOf(choice);
		Standing standing = dashboards.asOf(dashboards.version(), day, choice.basis());
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(SummitCsv.fileName(day, choice.basis()))
						.build()
						.toString())
			.body(SummitCsv.of(standing, choice.basis(), links));
	}

	/** The day asked for, else the summit's last day, else today. */
	private LocalDate dayOf(AsOfChoice choice) {
		if (choice.day() != null) {
			return choice.day();
		}
		Overview.SummitFacts summit = overviews.overview().summit();
		return summit == null ? dashboards.today() : summit.endDate();
	}

}
