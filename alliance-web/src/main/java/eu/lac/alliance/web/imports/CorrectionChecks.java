package eu.lac.alliance.web.imports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;

import eu.lac.alliance.domain.imports.ImportChoices;
import eu.lac.alliance.importer.imports.ImportCorrections;
import eu.lac.alliance.importer.imports.ImportReport;
import eu.lac.alliance.web.forms.DialogueFieldChecks;

/**
 * Checks a correction form against what exists (dialogues, countries, policy areas,
 * organisations) and turns it into the importer's corrections; each problem is an error
 * on its field, shown beside it.
 */
final class CorrectionChecks {

	static final int TITLE_LIMIT = DialogueFieldChecks.TITLE_LIMIT;

	static final int CITY_LIMIT = DialogueFieldChecks.CITY_LIMIT;

	private CorrectionChecks() {
	}

	/** The corrections, or null when {@code errors} holds a problem. */
	static ImportCorrections check(CorrectionForm form, ImportChoices.Choices choices, Errors errors) {
		Long merge = null;
		if (present(form.getMergeInto())) {
			if (!values(choices.dialogues()).contains(form.getMergeInto().strip())) {
				errors.rejectValue("mergeInto", "imports.error.unknownDialogue");
			}
			else {
				merge = Long.valueOf(form.getMergeInto().strip());
			}
		}
		if (!DialogueFieldChecks.titleFits(form.getTitle())) {
			errors.rejectValue("title", "imports.error.tooLong", new Object[] { TITLE_LIMIT }, null);
		}
		if (!DialogueFieldChecks.cityFits(form.getCity())) {
			errors.rejectValue("city", "imports.error.tooLong", new Object[] { CITY_LIMIT }, null);
		}
		LocalDate start = date(form.getStart(), "start", errors);
		LocalDate end = date(form.getEnd(), "end", errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("end", "imports.error.endBeforeStart");
		}
		if (end != null && start == null && !errors.hasFieldErrors("start")) {
			errors.rejectValue("start", "imports.error.startNeeded");
		}
		String country = present(form.getCountry()) ? form.getCountry().strip().toUpperCase(java.util.Locale.ROOT)
				: null;
		if (country != null && !values(choices.countries()).contains(country)) {
			errors.rejectValue("country", "imports.error.unknownCountry");
		}
		if (present(form.getPolicyArea()) && !values(choices.policyAreas()).contains(form.getPolicyArea().strip())) {
			errors.rejectValue("policyArea", "imports.error.unknownPolicyArea");
		}
		Set<String> organisations = values(choices.organisations());
		Map<String, String> mapped = new LinkedHashMap<>();
		for (int i = 0; i < form.getMapFrom().size() && i < form.getMapTo().size(); i++) {
			String target = form.getMapTo().get(i);
			if (!present(target)) {
				continue;
			}
			if (!organisations.contains(target)) {
				errors.rejectValue("mapTo", "imports.error.unknownOrganisation",
						new Object[] { form.getMapFrom().get(i) }, null);
			}
			else {
				mapped.put(form.getMapFrom().get(i), target);
			}
		}
		Set<ImportReport.FieldChoice> takeFromDocument = new LinkedHashSet<>();
		for (Map.Entry<String, String> choice : form.getConflicts().entrySet()) {
			ImportReport.FieldChoice field = CorrectionForm.fieldOfConflict(choice.getKey());
			if (field == null || !(CorrectionForm.KEEP.equals(choice.getValue())
					|| CorrectionForm.DOCUMENT.equals(choice.getValue()))) {
				errors.rejectValue("conflicts", "imports.error.conflict");
			}
			else if (CorrectionForm.DOCUMENT.equals(choice.getValue())) {
				takeFromDocument.add(field);
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new ImportCorrections(merge, form.getTitle(), start, end, form.getCity(), country, form.getPolicyArea(),
				mapped, takeFromDocument);
	}

	private static LocalDate date(String value, String field, Errors errors) {
		if (!present(value)) {
			return null;
		}
		LocalDate day = DialogueFieldChecks.day(value);
		if (day == null) {
			errors.rejectValue(field, "imports.error.date");
		}
		return day;
	}

	private static Set<String> values(java.util.List<ImportChoices.Choice> choices) {
		return choices.stream().map(ImportChoices.Choice::value).collect(Collectors.toSet());
	}

	private static boolean present(String value) {
		return !DialogueFieldChecks.blank(value);
	}

}
