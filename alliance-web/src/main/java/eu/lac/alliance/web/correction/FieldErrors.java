package eu.lac.alliance.web.correction;

import org.springframework.validation.Errors;

import eu.lac.alliance.domain.correction.InvalidCorrection;

/**
 * Shows a refusal of the domain next to the form field it names, with a message key per
 * field ({@code participants[2].agencies} uses
 * {@code corrections.error.participants.agencies}).
 */
final class FieldErrors {

	private FieldErrors() {
	}

	static void reject(Errors errors, String formField, InvalidCorrection invalid) {
		errors.rejectValue(formField, "corrections.error." + invalid.field().replaceAll("\\[[0-9]+\\]", ""));
	}

}
