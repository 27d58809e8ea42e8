package eu.lac.alliance.web.country;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import eu.lac.alliance.domain.country.CountryReadModel;
import eu.lac.alliance.web.error.NotFound;

/** The members and other countries taking part; one country's co-leads and items. */
@Controller
class CountryController {

	static final String LIST = "country/list";

	static final String DETAIL = "country/detail";

	private final CountryReadModel countries;

	CountryController(CountryReadModel countries) {
		this.countries = countries;
	}

	@GetMapping("/countries")
	String list(Model model) {
		model.addAttribute("countries", countries.countries());
		return LIST;
	}

	/** {@code /countries/CL} and {@code /countries/cl} alike. */
	@GetMapping("/countries/{iso2}")
	String detail(@PathVariable String iso2, Model model) {
		String code = iso2.toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{2}")) {
			throw new NotFound("country " + iso2);
		}
		model.addAttribute("country", countries.country(code).orElseThrow(() -> new NotFound("country " + iso2)));
		return DETAIL;
	}

}
