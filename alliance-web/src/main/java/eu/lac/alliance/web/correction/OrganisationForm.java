package eu.lac.alliance.web.correction;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;

import eu.lac.alliance.domain.correction.CorrectionReadModel.OrganisationValues;
import eu.lac.alliance.domain.correction.OrganisationChanges;
import eu.lac.alliance.domain.organisation.OrganisationKind;

/** What the organisation form posts: aliases one per line. Never an entity. */
public class OrganisationForm {

	private String name = "";

	private String acronym = "";

	private String kind = "";

	private String country = "";

	private String aliases = "";

	static OrganisationForm of(OrganisationValues organisation) {
		OrganisationForm form = new OrganisationForm();
		form.name = organisation.name();
		form.acronym = organisation.acronym() == null ? "" : organisation.acronym();
		form.kind = organisation.kind();
		form.country = organisation.countryCode() == null ? "" : organisation.countryCode();
		form.aliases = String.join("\n", organisation.aliases());
		return form;
	}

	void check(Errors errors) {
		if (name == null || name.isBlank() || name.strip().length() > 300) {
			errors.rejectValue("name", "corrections.error.name");
		}
		if (acronym != null && acronym.strip().length() > 40) {
			errors.rejectValue("acronym", "corrections.error.acronym");
		}
		if (kindValue() == null) {
			errors.rejectValue("kind", "corrections.error.kind");
		}
		if (country != null && !country.isBlank() && !country.strip().matches("[A-Za-z]{2}")) {
			errors.rejectValue("country", "corrections.error.country");
		}
		if (aliasSet().stream().anyMatch(a -> a.length() > 300) || aliasSet().size() > 50) {
			errors.rejectValue("aliases", "corrections.error.aliases");
		}
	}

	OrganisationChanges toChanges() {
		return new OrganisationChanges(name.strip(), acronym == null ? null : acronym.strip(), kindValue(),
				country == null || country.isBlank() ? null : country.strip(), aliasSet());
	}

	private OrganisationKind kindValue() {
		try {
			return OrganisationKind.valueOf(kind == null ? "" : kind.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Set<String> aliasSet() {
		return aliases == null ? Set.of()
				: Arrays.stream(aliases.split("\\R"))
					.map(String::strip)
					.filter(a -> !a.isEmpty())
					.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAcronym() {
		return acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getAliases() {
		return aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

}
