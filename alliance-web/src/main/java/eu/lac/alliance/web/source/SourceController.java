package eu.lac.alliance.web.source;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import eu.lac.alliance.domain.source.SourceTextReadModel;
import eu.lac.alliance.web.error.NotFound;

/**
 * A whole imported document with numbered lines, those named by {@code ?lines=12-18}
 * highlighted: where an item's wording can be checked against the document.
 */
@Controller
class SourceController {

	static final String VIEW = "source/detail";

	private final SourceTextReadModel sources;

	SourceController(SourceTextReadModel sources) {
		this.sources = sources;
	}

	@GetMapping("/sources/{id}")
	String show(@PathVariable long id, @RequestParam Optional<String> lines, Model model) {
		model.addAttribute("source", sources.source(id).orElseThrow(() -> new NotFound("source document " + id)));
		int first = 0;
		int last = -1;
		if (lines.isPresent() && lines.get().matches("\\d{1,7}(-\\d{1,7})?")) {
			String[] bounds = lines.get().split("-");
			first = Integer.parseInt(bounds[0]);
			last = bounds.length > 1 ? Integer.parseInt(bounds[1]) : first;
		}
		model.addAttribute("first", first);
		model.addAttribute("last", last);
		return VIEW;
	}

}
