package eu.lac.alliance.web.policyarea;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import eu.lac.alliance.domain.policyarea.PolicyAreaReadModel;
import eu.lac.alliance.web.error.NotFound;

/**
 * A policy area across the dialogues that cover it: {@code /policy-areas/cybersecurity}.
 */
@Controller
class PolicyAreaController {

	static final String DETAIL = "policyarea/detail";

	private final PolicyAreaReadModel areas;

	PolicyAreaController(PolicyAreaReadModel areas) {
		this.areas = areas;
	}

	@GetMapping("/policy-areas/{slug}")
	String detail(@PathVariable String slug, Model model) {
		model.addAttribute("area",
				areas.policyArea(slug.toLowerCase(Locale.ROOT)).orElseThrow(() -> new NotFound("policy area " + slug)));
		return DETAIL;
	}

}
