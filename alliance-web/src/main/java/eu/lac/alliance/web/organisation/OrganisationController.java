package eu.lac.alliance.web.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import eu.lac.alliance.domain.organisation.OrganisationReadModel;
import eu.lac.alliance.web.error.Ids;
import eu.lac.alliance.web.error.NotFound;

/** What an organisation co-leads, is an actor or agency for, or is interested in. */
@Controller
class OrganisationController {

	static final String DETAIL = "organisation/detail";

	private final OrganisationReadModel organisations;

	OrganisationController(OrganisationReadModel organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/organisations/{id}")
	String detail(@PathVariable String id, Model model) {
		model.addAttribute("organisation", organisations.organisation(Ids.parse(id, "organisation"))
			.orElseThrow(() -> new NotFound("organisation " + id)));
		return DETAIL;
	}

}
